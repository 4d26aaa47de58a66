using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PmoFlow.Scripting.CSharp;

/// <summary>The parsed globals class of one shape, reused by every compilation that needs it.</summary>
/// <param name="ClassName">The generated class name, unique per shape within one evaluator.</param>
/// <param name="Tree">The parsed class; syntax trees are immutable, so one parse serves all compilations.</param>
/// <param name="References">References for variable types outside the shared set.</param>
internal sealed record CSharpShapeGlobals(string ClassName, SyntaxTree Tree, ImmutableArray<MetadataReference> References);
