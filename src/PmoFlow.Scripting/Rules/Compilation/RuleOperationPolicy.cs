using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// The allow-list's semantic half, over the bound operations of a rule's body: every type an operation has or names,
/// every member it calls, reads or writes must be allowed by <see cref="RulePolicy"/>, and no static state may be
/// touched (it would leak from one evaluation to the next).
/// </summary>
internal sealed partial class RuleOperationPolicy(IAssemblySymbol rules, Action<SyntaxNode, string, string> report) : OperationWalker
{
    private static readonly SymbolDisplayFormat Display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None);

    public override void DefaultVisit(IOperation operation)
    {
        CheckType(operation.Type, operation.Syntax);
        base.DefaultVisit(operation);
    }

    public override void Visit(IOperation? operation)
    {
        if (operation is null) return;
        if (operation.Kind is OperationKind.DynamicInvocation or OperationKind.DynamicMemberReference or OperationKind.DynamicObjectCreation
            or OperationKind.DynamicIndexerAccess)
        {
            report(operation.Syntax, RuleCodes.NotAllowed, "dynamic is not allowed in governance rules");
            return;
        }
        base.Visit(operation);
    }

    public override void VisitInvocation(IInvocationOperation operation)
    {
        CheckMember(operation.TargetMethod, operation.Syntax);
        CheckFormats(operation.Arguments, operation.Syntax);
        base.VisitInvocation(operation);
    }

    public override void VisitObjectCreation(IObjectCreationOperation operation)
    {
        if (operation.Constructor is { } constructor) CheckMember(constructor, operation.Syntax);
        base.VisitObjectCreation(operation);
    }

    public override void VisitMethodReference(IMethodReferenceOperation operation)
    {
        CheckMember(operation.Method, operation.Syntax);
        base.VisitMethodReference(operation);
    }

    public override void VisitPropertyReference(IPropertyReferenceOperation operation)
    {
        CheckMember(operation.Property, operation.Syntax);
        base.VisitPropertyReference(operation);
    }

    public override void VisitFieldReference(IFieldReferenceOperation operation)
    {
        var field = operation.Field;
        CheckMember(field, operation.Syntax);
        if (field.IsStatic && !field.IsConst && !field.IsReadOnly && !SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, rules))
            report(operation.Syntax, RuleCodes.StaticState, $"{Name(field)} is static state shared by every evaluation and is not allowed in governance rules");
        base.VisitFieldReference(operation);
    }

    public override void VisitEventReference(IEventReferenceOperation operation) =>
        report(operation.Syntax, RuleCodes.NotAllowed, "events are not allowed in governance rules");

    public override void VisitSimpleAssignment(ISimpleAssignmentOperation operation)
    {
        CheckStaticWrite(operation.Target);
        base.VisitSimpleAssignment(operation);
    }

    public override void VisitCompoundAssignment(ICompoundAssignmentOperation operation)
    {
        CheckStaticWrite(operation.Target);
        if (operation.OperatorMethod is { } method) CheckMember(method, operation.Syntax);
        base.VisitCompoundAssignment(operation);
    }

    public override void VisitIncrementOrDecrement(IIncrementOrDecrementOperation operation)
    {
        CheckStaticWrite(operation.Target);
        base.VisitIncrementOrDecrement(operation);
    }

    public override void VisitCoalesceAssignment(ICoalesceAssignmentOperation operation)
    {
        CheckStaticWrite(operation.Target);
        base.VisitCoalesceAssignment(operation);
    }

    public override void VisitBinaryOperator(IBinaryOperation operation)
    {
        if (operation.OperatorMethod is { } method) CheckMember(method, operation.Syntax);
        base.VisitBinaryOperator(operation);
    }

    public override void VisitUnaryOperator(IUnaryOperation operation)
    {
        if (operation.OperatorMethod is { } method) CheckMember(method, operation.Syntax);
        base.VisitUnaryOperator(operation);
    }

    public override void VisitConversion(IConversionOperation operation)
    {
        if (operation.OperatorMethod is { } method) CheckMember(method, operation.Syntax);
        base.VisitConversion(operation);
    }

    public override void VisitVariableDeclarator(IVariableDeclaratorOperation operation)
    {
        CheckType(operation.Symbol.Type, operation.Syntax);
        base.VisitVariableDeclarator(operation);
    }

    public override void VisitLocalFunction(ILocalFunctionOperation operation)
    {
        CheckSignature(operation.Symbol, operation.Syntax);
        base.VisitLocalFunction(operation);
    }

    public override void VisitAnonymousFunction(IAnonymousFunctionOperation operation)
    {
        CheckSignature(operation.Symbol, operation.Syntax);
        base.VisitAnonymousFunction(operation);
    }

    public override void VisitDeclarationPattern(IDeclarationPatternOperation operation)
    {
        CheckType(operation.MatchedType, operation.Syntax);
        base.VisitDeclarationPattern(operation);
    }

    public override void VisitTypePattern(ITypePatternOperation operation)
    {
        CheckType(operation.MatchedType, operation.Syntax);
        base.VisitTypePattern(operation);
    }

    public override void VisitIsType(IIsTypeOperation operation)
    {
        CheckType(operation.TypeOperand, operation.Syntax);
        base.VisitIsType(operation);
    }

    public override void VisitTypeOf(ITypeOfOperation operation) =>
        report(operation.Syntax, RuleCodes.NotAllowed, "typeof is not allowed in governance rules (reflection)");

    public override void VisitAddressOf(IAddressOfOperation operation) =>
        report(operation.Syntax, RuleCodes.NotAllowed, "pointers are not allowed in governance rules");
}
