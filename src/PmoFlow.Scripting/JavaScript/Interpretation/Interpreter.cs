using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

/// <summary>
/// Walks a shared, immutable AST for one evaluation. All mutable state (scopes, counters, the
/// completion value) lives here, so each evaluation gets its own instance and trees stay thread-safe.
/// </summary>
internal sealed partial class Interpreter
{
    private readonly IExpressionContext _context;
    private readonly Scope _global;
    private object? _returnValue;
    private string? _jumpLabel;
    private object? _completionValue = JsValue.Undefined;
    private JsObject? _variablesObject;
    private Scope _scope;

    public Interpreter(IExpressionContext context, InterpreterLimits limits, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _context = context;
        _limits = limits;
        _timeProvider = timeProvider;
        _cancellationToken = cancellationToken;
        _startTimestamp = timeProvider.GetTimestamp();
        _global = new Scope(null);
        _scope = _global;
    }

    public IExpressionContext Context => _context;

    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Runs a program; the result is the top-level <c>return</c> value or the last expression statement's value.</summary>
    public object? Run(ProgramNode program)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        HoistDeclarations(_global, program.VarNames, program.Functions);
        var completion = ExecuteStatements(program.Body);
        return completion == Completion.Return ? _returnValue : _completionValue;
    }

    private void HoistDeclarations(Scope scope, string[] varNames, FunctionDeclaration[] functions)
    {
        foreach (var name in varNames)
        {
            scope.DeclareIfAbsent(name);
        }

        foreach (var declaration in functions)
        {
            scope.Declare(declaration.Function.Name!, CreateFunction(declaration.Function, scope));
        }
    }

    private void HoistFunctions(Scope scope, FunctionDeclaration[] functions)
    {
        foreach (var declaration in functions)
        {
            scope.Declare(declaration.Function.Name!, CreateFunction(declaration.Function, scope));
        }
    }

    private ScriptFunction CreateFunction(FunctionNode function, Scope scope, string? name = null)
    {
        Allocate(64);
        if (function.BindsName)
        {
            // A named function expression sees its own name, and only it does.
            var own = new Scope(scope);
            var self = new ScriptFunction(function, own, name);
            own.Declare(function.Name!, self, constant: false);
            return self;
        }

        return new ScriptFunction(function, scope, name);
    }

    /// <summary>The live <c>variables</c> object, created on first use in this evaluation.</summary>
    private JsObject VariablesObject => _variablesObject ??= new VariablesObject(this);
}
