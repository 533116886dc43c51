using System.Diagnostics.CodeAnalysis;

// The kind "date" lives in Kinds/Date like every other kind in its folder; "Date" is a keyword only in Visual Basic.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:FactCheck.Kinds.Date",
    Justification = "The namespace is named after the claim kind, as every kind's is.")]
