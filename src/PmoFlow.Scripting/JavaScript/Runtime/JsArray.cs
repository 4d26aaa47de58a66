using System.Globalization;

namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>A dense array; holes read as undefined.</summary>
internal sealed class JsArray : JsObject
{
    public JsArray(List<object?> items)
        : base(Intrinsics.ArrayPrototype) => Items = items;

    public JsArray()
        : this([])
    {
    }

    public List<object?> Items { get; }

    public override string ClassName => "Array";

    public static bool TryParseIndex(string key, out int index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || !char.IsAsciiDigit(key[0]) || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    public object? GetIndex(int index) => (uint)index < (uint)Items.Count ? Items[index] : JsValue.Undefined;

    public override bool TryGetOwnProperty(string key, out object? value)
    {
        if (key == "length")
        {
            value = JsValue.Number(Items.Count);
            return true;
        }

        if (TryParseIndex(key, out int index))
        {
            value = GetIndex(index);
            return index < Items.Count;
        }

        return base.TryGetOwnProperty(key, out value);
    }

    public override bool Set(string key, object? value)
    {
        if (key == "length")
        {
            ThrowIfFrozen(key);
            double length = value is double d ? d : double.NaN;
            if (length < 0 || length != Math.Floor(length) || length > int.MaxValue)
            {
                throw JsThrowException.RangeError("Invalid array length");
            }

            SetLength((int)length);
            return false;
        }

        if (TryParseIndex(key, out int index))
        {
            return SetIndex(index, value);
        }

        return base.Set(key, value);
    }

    /// <summary>Writes an element, growing the array; returns whether it grew.</summary>
    public bool SetIndex(int index, object? value)
    {
        ThrowIfFrozen(index.ToString(CultureInfo.InvariantCulture));
        if (index < Items.Count)
        {
            Items[index] = value;
            return false;
        }

        SetLength(index);
        Items.Add(value);
        return true;
    }

    public void SetLength(int length)
    {
        if (length < Items.Count)
        {
            Items.RemoveRange(length, Items.Count - length);
        }
        else
        {
            while (Items.Count < length)
            {
                Items.Add(JsValue.Undefined);
            }
        }
    }

    public override bool Delete(string key)
    {
        if (TryParseIndex(key, out int index))
        {
            if (index < Items.Count)
            {
                Items[index] = JsValue.Undefined;
            }

            return true;
        }

        return base.Delete(key);
    }

    public override void CollectOwnKeys(List<string> keys)
    {
        for (int i = 0; i < Items.Count; i++)
        {
            keys.Add(i.ToString(CultureInfo.InvariantCulture));
        }

        base.CollectOwnKeys(keys);
    }
}
