namespace FactCheck.Tests.DevSet;

/// <summary>The kinds of figure the development set annotates, named as the JSON report names them.</summary>
internal enum FigureKind
{
    Money,
    Quantity,
    Date,
}
