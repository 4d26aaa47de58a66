using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

internal sealed partial class RuleOperationPolicy
{
    /// <summary>A constant format like "D999999999" pads a number to a billion digits in one call.</summary>
    private void CheckFormats(IEnumerable<IArgumentOperation> arguments, SyntaxNode at)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == "format" && argument.Value.ConstantValue is { HasValue: true, Value: string format }
                && RuleSyntaxPolicy.Precision(format) > RulePolicy.MaxFormatWidth)
                report(at, RuleCodes.Allocation, $"a format precision above {RulePolicy.MaxFormatWidth} is not allowed in governance rules");
        }
    }

    private void CheckSignature(IMethodSymbol method, SyntaxNode at)
    {
        CheckType(method.ReturnType, at);
        foreach (var parameter in method.Parameters) CheckType(parameter.Type, at);
    }

    private void CheckStaticWrite(IOperation target)
    {
        var member = target switch
        {
            IFieldReferenceOperation f when f.Field.IsStatic => (ISymbol)f.Field,
            IPropertyReferenceOperation p when p.Property.IsStatic => p.Property,
            _ => null,
        };
        if (member is not null && !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, rules))
            report(target.Syntax, RuleCodes.StaticState, $"writing {Name(member)} changes static state shared by every evaluation and is not allowed in governance rules");
    }

    private void CheckMember(ISymbol member, SyntaxNode at)
    {
        if (member is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }) return;
        if (SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, rules)) return;
        if (member.ContainingType is { IsAnonymousType: true }) return;
        if (member.ContainingType is { } type && Denied(type) is { } denied)
        {
            report(at, RuleCodes.NotAllowed, $"{Name(denied)} is not allowed in governance rules");
            return;
        }
        if (member.ContainingType is { } owner && RulePolicy.Members.TryGetValue(RulePolicy.FullName(owner) + "." + member.Name, out var why))
        {
            report(at, RuleCodes.NotAllowed, $"{Name(member)} is not allowed in governance rules: {why}");
            return;
        }
        if (member is IMethodSymbol method)
        {
            if (method.Parameters.FirstOrDefault(p => RulePolicy.SizingParameters.Contains(p.Name)) is { } sizing)
                report(at, RuleCodes.Allocation, $"{Name(member)} with a {sizing.Name} is not allowed in governance rules: it allocates as much as its argument asks in one call");
            foreach (var argument in method.TypeArguments) CheckType(argument, at);
        }
    }

    private void CheckType(ITypeSymbol? type, SyntaxNode at)
    {
        if (type is null) return;
        if (Denied(type) is { } denied)
            report(at, RuleCodes.NotAllowed, denied.TypeKind == TypeKind.Dynamic ? "dynamic is not allowed in governance rules" : $"{Name(denied)} is not allowed in governance rules");
    }

    /// <summary>The first type in <paramref name="type"/> (itself, its elements, its type arguments) the policy refuses, if any.</summary>
    private ITypeSymbol? Denied(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array: return Denied(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol: return type;
            case IDynamicTypeSymbol: return type;
            case ITypeParameterSymbol or IErrorTypeSymbol: return null;
            case INamedTypeSymbol named:
                if (named.IsAnonymousType || SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, rules)) return null;
                if (!Allowed(named)) return named.OriginalDefinition;
                foreach (var argument in named.TypeArguments)
                    if (Denied(argument) is { } inner) return inner;
                return null;
            default: return type;
        }
    }

    private static bool Allowed(INamedTypeSymbol type)
    {
        for (var t = type.OriginalDefinition; t is not null; t = t.ContainingType)
        {
            var name = RulePolicy.FullName(t);
            if (RulePolicy.Types.Contains(name)) return true;
            if (t.ContainingType is null && t.ContainingNamespace?.ToDisplayString() == RulePolicy.RulesNamespace)
                return !RulePolicy.HostTypes.Contains(name);
        }
        return false;
    }

    private static string Name(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => type.ToDisplayString(Display),
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => "new " + ctor.ContainingType.OriginalDefinition.ToDisplayString(Display),
        _ => (symbol.ContainingType is null ? "" : symbol.ContainingType.OriginalDefinition.ToDisplayString(Display) + ".") + symbol.Name,
    };
}
