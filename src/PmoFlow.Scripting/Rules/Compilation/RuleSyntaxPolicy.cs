using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// The allow-list's syntactic half: constructs refused whatever they bind to (unsafe code, attributes, goto, catch,
/// typeof, async, sized arrays...). The semantic half is <see cref="RuleOperationPolicy"/>.
/// </summary>
internal sealed class RuleSyntaxPolicy(SemanticModel model, Action<SyntaxNode, string, string> report) : CSharpSyntaxWalker
{
    public override void VisitAttributeList(AttributeListSyntax node) => Refuse(node, "attributes are not allowed in governance rules");

    public override void VisitUnsafeStatement(UnsafeStatementSyntax node) => Refuse(node, "unsafe code is not allowed in governance rules");

    public override void VisitFixedStatement(FixedStatementSyntax node) => Refuse(node, "unsafe code is not allowed in governance rules");

    public override void VisitPointerType(PointerTypeSyntax node) => Refuse(node, "pointers are not allowed in governance rules");

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node) => Refuse(node, "function pointers are not allowed in governance rules");

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node) =>
        Refuse(node, "stackalloc is not allowed in governance rules", RuleCodes.Allocation);

    public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node) =>
        Refuse(node, "stackalloc is not allowed in governance rules", RuleCodes.Allocation);

    public override void VisitGotoStatement(GotoStatementSyntax node) =>
        Refuse(node, "goto is not allowed in governance rules: loops are how a rule repeats, and each is budgeted");

    public override void VisitLabeledStatement(LabeledStatementSyntax node)
    {
        Refuse(node, "labels are not allowed in governance rules");
        base.VisitLabeledStatement(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node) => Refuse(node, "lock is not allowed in governance rules (System.Threading)");

    public override void VisitAwaitExpression(AwaitExpressionSyntax node) => Refuse(node, "async code is not allowed in governance rules");

    public override void VisitCatchClause(CatchClauseSyntax node) =>
        Refuse(node, "catch is not allowed in governance rules: a rule that fails ends its evaluation with the error, and limits must stay uncatchable");

    public override void VisitTypeOfExpression(TypeOfExpressionSyntax node) => Refuse(node, "typeof is not allowed in governance rules (reflection)");

    public override void VisitMakeRefExpression(MakeRefExpressionSyntax node) => Refuse(node, "__makeref is not allowed in governance rules");

    public override void VisitRefTypeExpression(RefTypeExpressionSyntax node) => Refuse(node, "__reftype is not allowed in governance rules");

    public override void VisitRefValueExpression(RefValueExpressionSyntax node) => Refuse(node, "__refvalue is not allowed in governance rules");

    public override void VisitQueryExpression(QueryExpressionSyntax node) =>
        Refuse(node, "query syntax is not allowed in governance rules: use method syntax (Where, Select)");

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        foreach (var modifier in node.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.UnsafeKeyword) || modifier.IsKind(SyntaxKind.ExternKeyword) || modifier.IsKind(SyntaxKind.AsyncKeyword))
                report(node, RuleCodes.NotAllowed, $"'{modifier.Text}' is not allowed in governance rules");
        }
        base.VisitLocalFunctionStatement(node);
    }

    public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        if (node.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword)) Refuse(node, "async code is not allowed in governance rules");
        base.VisitParenthesizedLambdaExpression(node);
    }

    public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        if (node.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword)) Refuse(node, "async code is not allowed in governance rules");
        base.VisitSimpleLambdaExpression(node);
    }

    public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        if (node.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword)) Refuse(node, "async code is not allowed in governance rules");
        base.VisitAnonymousMethodExpression(node);
    }

    public override void VisitArrayCreationExpression(ArrayCreationExpressionSyntax node)
    {
        if (node.Type.RankSpecifiers.SelectMany(r => r.Sizes).Any(s => s is not OmittedArraySizeExpressionSyntax))
            Refuse(node, "arrays with a size are not allowed in governance rules: use a collection expression ([a, b]) or a List<T>", RuleCodes.Allocation);
        base.VisitArrayCreationExpression(node);
    }

    public override void VisitInterpolationAlignmentClause(InterpolationAlignmentClauseSyntax node)
    {
        if (model.GetConstantValue(node.Value) is { HasValue: true, Value: { } value }
            && Math.Abs(Convert.ToInt64(value, CultureInfo.InvariantCulture)) > RulePolicy.MaxFormatWidth)
            Refuse(node, $"an alignment wider than {RulePolicy.MaxFormatWidth} is not allowed in governance rules", RuleCodes.Allocation);
        base.VisitInterpolationAlignmentClause(node);
    }

    public override void VisitInterpolationFormatClause(InterpolationFormatClauseSyntax node)
    {
        if (Precision(node.FormatStringToken.ValueText) > RulePolicy.MaxFormatWidth)
            Refuse(node, $"a format precision above {RulePolicy.MaxFormatWidth} is not allowed in governance rules", RuleCodes.Allocation);
        base.VisitInterpolationFormatClause(node);
    }

    /// <summary>The largest run of digits in a format string: "D999999999" pads a number to a billion digits.</summary>
    public static long Precision(string format)
    {
        long largest = 0, current = 0;
        foreach (var c in format)
        {
            current = char.IsAsciiDigit(c) ? Math.Min(current * 10 + (c - '0'), int.MaxValue) : 0;
            largest = Math.Max(largest, current);
        }
        return largest;
    }

    private void Refuse(SyntaxNode node, string message, string code = RuleCodes.NotAllowed) => report(node, code, message);
}
