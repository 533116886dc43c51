using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sources;

namespace FactCheck.Kinds.Date;

/// <summary>
/// The regexes of the own date rules. Each one starts with <c>\G</c> and is tried only at the word that can start it
/// (a month, a weekday, a year, "this", "dernier"...), so no regex ever walks a whole sentence; what stands before
/// that word ("in", "fin des", "early") is read from a short window behind it by the right-to-left ones.
/// </summary>
internal static partial class DatePatterns
{
    private const string S = @"[\s\u00A0\u202F]+";
    private const string Month = "(?<m>" + CalendarWords.MonthPattern + @")(?!\p{L})";
    private const string Year = @"(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)";
    // Source-generated: no start-up cost (compiling at run time cost more than it saved), and faster than the interpreter
    // at the digit runs news text is full of.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"9 July 2024", "1er avril 2024", "2 avril", "9th of July".</summary>
    [GeneratedRegex($@"\G(?<d>[0-3]?\d)(?:er|st|nd|rd|th)?{S}(?:of{S})?{Month}(?:,?{S}{Year})?", Options)]
    public static partial Regex DayMonth { get; }

    /// <summary>"July 9, 2024", "July 2024", "juillet 2024", "July", "juillet dernier".</summary>
    [GeneratedRegex(
        $@"\G{Month}(?:{S}(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\p{{L}}.,]\d|%))?(?:,?{S}{Year})?(?:{S}(?<mod>dernier|prochain))?", Options)]
    public static partial Regex MonthFirst { get; }

    /// <summary>"2024-04-02".</summary>
    [GeneratedRegex(@"\G(?<y>(?:19|20)\d\d)-(?<mn>[01]\d)-(?<d>[0-3]\d)(?!\d)", Options)]
    public static partial Regex Iso { get; }

    /// <summary>A year on its own: "2014" (whether it is a date depends on the word before it).</summary>
    [GeneratedRegex($@"\G{Year}", Options)]
    public static partial Regex YearAlone { get; }

    /// <summary>"1990s", "90s", "the '90s".</summary>
    [GeneratedRegex(@"\G(?<c>19|20)?(?<dd>\d0)['’]?s(?!\p{L})", Options)]
    public static partial Regex DecadeEnglish { get; }

    /// <summary>"années 90", "années 1990", "années 2000".</summary>
    [GeneratedRegex($@"\Gannées{S}(?<c>19|20)?(?<dd>\d0)(?![\d\p{{L}}])", Options)]
    public static partial Regex DecadeFrench { get; }

    /// <summary>"this week", "last month", "next year".</summary>
    [GeneratedRegex($@"\G(?<mod>this|last|next){S}(?<unit>week|month|year)(?!\p{{L}})", Options)]
    public static partial Regex EnglishRelative { get; }

    /// <summary>"cette semaine", "ce mois-ci", "cette année".</summary>
    [GeneratedRegex($@"\G(?:cette|ce|cet){S}(?<unit>semaine|mois|année|an)(?:-ci)?(?!\p{{L}})", Options)]
    public static partial Regex FrenchThis { get; }

    /// <summary>"le mois dernier", "l'an prochain", "la semaine passée", "l’année dernière": read back from "dernier"/"prochain".</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?:la|le|l['’])[\s\u00A0\u202F]*(?<unit>semaine|mois|année|an){S}(?<mod>dernière|dernier|prochaine|prochain|passée|passé)$", Options | RegexOptions.RightToLeft)]
    public static partial Regex FrenchLastNext { get; }

    /// <summary>"two weeks ago", "a year ago", "three decades ago": read back from "ago".</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?<num>\d{{1,3}}|{NumberText.CountWordPattern}|a|an|one){S}(?<unit>days?|weeks?|months?|years?|decades?){S}ago$", Options | RegexOptions.RightToLeft)]
    public static partial Regex Ago { get; }

    /// <summary>"il y a deux semaines", "il y a un an" (a bare "il y a", "there is", is not a date).</summary>
    [GeneratedRegex(
        $@"\Gil{S}y{S}a{S}(?<num>\d{{1,3}}|{NumberText.CountWordPattern}|un|une){S}(?<unit>jours?|semaines?|mois|ans|an|années?|décennies?)(?![\p{{L}}])", Options)]
    public static partial Regex IlYA { get; }

    /// <summary>The words that make a year, a month or a decade standing alone a date: "in 2014", "en juillet", "depuis 2019".</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?:in|on|by|since|until|till|through|of|from|to|during|before|after|between|and|early|late|mid|last|next|this|the{S}end{S}of|the{S}start{S}of|the{S}beginning{S}of|the{S}middle{S}of|"
        + $@"en|de|d['’]|depuis|jusqu['’]en|jusqu['’]à|dès|avant|après|entre|et|pour|fin|début|mi|courant|milieu|au{S}mois{S}de|le{S}mois{S}de)[\s\u00A0\u202F-]*$", Options | RegexOptions.RightToLeft)]
    public static partial Regex DateWordBehind { get; }

    /// <summary>"early", "mid-", "late", "début", "fin des", "à la fin de": which third of the period is meant, read back from the date.</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?<part>(?:the{S})?(?:early|mid|late)|(?:in{S})?the{S}(?:beginning|start|middle|end){S}of(?:{S}the)?|"
        + $@"(?:(?:au|en){S})?début|(?:(?:à{S}la|en){S})?fin|(?:au{S})?milieu|mi)(?:{S}(?:des|de|d['’]))?[\s\u00A0\u202F-]*$", Options | RegexOptions.RightToLeft)]
    public static partial Regex PartBehind { get; }

    /// <summary>"next", "last", "this", "ce", "dernier" before a weekday or a month.</summary>
    [GeneratedRegex($@"(?<![\p{{L}}])(?<mod>next|last|this|ce|cette){S}$", Options | RegexOptions.RightToLeft)]
    public static partial Regex ModifierBehind { get; }

    /// <summary>"dernier", "prochain" after a weekday.</summary>
    [GeneratedRegex($@"\G{S}(?<mod>dernier|prochain)(?!\p{{L}})", Options)]
    public static partial Regex ModifierAfter { get; }

    /// <summary>A date follows a weekday: "Tuesday, March 12", "mardi 2 avril" (the date is read, not the weekday).</summary>
    [GeneratedRegex($@"\G,?{S}(?:the{S})?(?:[0-3]?\d(?:er|st|nd|rd|th)?{S}(?:of{S})?{Month}|{Month}{S}[0-3]?\d)", Options)]
    public static partial Regex DateAfterWeekday { get; }

    /// <summary>The part a matched <see cref="PartBehind"/> names.</summary>
    public static DatePart PartOf(string written)
    {
        var text = written.ToLowerInvariant();
        if (text.Contains("early", StringComparison.Ordinal) || text.Contains("début", StringComparison.Ordinal)
            || text.Contains("beginning", StringComparison.Ordinal) || text.Contains("start", StringComparison.Ordinal)) return DatePart.Start;
        if (text.Contains("mid", StringComparison.Ordinal) || text.Contains("milieu", StringComparison.Ordinal) || text.StartsWith("mi", StringComparison.Ordinal))
            return DatePart.Middle;
        return DatePart.End;
    }
}
