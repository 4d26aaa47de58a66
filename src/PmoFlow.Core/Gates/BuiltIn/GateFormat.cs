// The built-in rules print numbers, money, shares and dates exactly as rule packs do: through the rule globals'
// formatter, so an explanation reads the same whichever evaluator wrote it.
global using GateFormat = PmoFlow.Abstractions.Rules.Text;
