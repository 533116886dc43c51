// Written by PackRegexesTests (FACTCHECK_WRITE_PACK_REGEXES=1): the regexes the shipped language packs build.
using System.Text.RegularExpressions;

namespace FactCheck.Mentions;

internal static partial class PackRegexes
{
    [GeneratedRegex(@"\G-(?:t-)?(?<p>(?:(?!)))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern0 { get; }

    [GeneratedRegex(@"\G-(?:t-)?(?<p>(?:il|elle|ils|elles|on))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern1 { get; }

    [GeneratedRegex(@"\G[^.,:;!?«»""“”]{0,60}?(?<![\p{L}])(?:(?:que)(?![\p{L}])|(?:qu['’]))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern2 { get; }

    [GeneratedRegex(@"\G[^.,:;!?«»""“”]{0,60}?(?<![\p{L}])(?:(?:that)(?![\p{L}])|(?:(?!)))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern3 { get; }

    [GeneratedRegex(@"^\s*(?:(?:(?!))|(?:(?:that)(?![\p{L}])|(?:(?!))))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern4 { get; }

    [GeneratedRegex(@"^\s*(?:(?:lesquel|laquelle|lequel)|(?:(?:que)(?![\p{L}])|(?:qu['’])))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern5 { get; }

    [GeneratedRegex(@"(?<![\p{L}'’])(?:l['’]année[\s\u00A0\u202F]+suivante|l['’]année[\s\u00A0\u202F]+d['’]après|l['’]an[\s\u00A0\u202F]+d['’]après|un[\s\u00A0\u202F]+an[\s\u00A0\u202F]+plus[\s\u00A0\u202F]+tard)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern6 { get; }

    [GeneratedRegex(@"(?<![\p{L}'’])(?:the[\s\u00A0\u202F]+next[\s\u00A0\u202F]+year|the[\s\u00A0\u202F]+following[\s\u00A0\u202F]+year|a[\s\u00A0\u202F]+year[\s\u00A0\u202F]+later)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern7 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,:])(?:(?<h>\d{1,2})(?:[\s\u00A0\u202F]?(?:(?:h|heures|heure))(?:[\s\u00A0\u202F]?(?<m>[0-5]\d))?|:(?<m>[0-5]\d)|(?:\.(?<m>[0-5]\d))?(?=(?:[\s\u00A0\u202F]?(?:(?<am>(?:du[\s\u00A0\u202F]+matin))|(?<pm>(?:du[\s\u00A0\u202F]+soir|de[\s\u00A0\u202F]+l['’]après-midi))))))(?:[\s\u00A0\u202F]?(?:(?<am>(?:du[\s\u00A0\u202F]+matin))|(?<pm>(?:du[\s\u00A0\u202F]+soir|de[\s\u00A0\u202F]+l['’]après-midi))))?|(?<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=[\s\u00A0\u202F]?(?:(?:gmt|utc|temps[\s\u00A0\u202F]+universel|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+paris|heure[\s\u00A0\u202F]+française|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+france))(?!\p{L}))|(?<noon>(?:midi))|(?<midnight>(?:minuit)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern8 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,:])(?:(?<h>\d{1,2})(?:[\s\u00A0\u202F]?(?:(?:o['’]clock))(?:[\s\u00A0\u202F]?(?<m>[0-5]\d))?|:(?<m>[0-5]\d)|(?:\.(?<m>[0-5]\d))?(?=(?:[\s\u00A0\u202F]?(?:(?<am>(?:a\.m\.|a\.m|am))|(?<pm>(?:p\.m\.|p\.m|pm))))))(?:[\s\u00A0\u202F]?(?:(?<am>(?:a\.m\.|a\.m|am))|(?<pm>(?:p\.m\.|p\.m|pm))))?|(?<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=[\s\u00A0\u202F]?(?:(?:gmt|utc|edt|est|cdt|cst|pdt|pst|mdt|mst|bst|cet))(?!\p{L}))|(?<noon>(?:noon|midday))|(?<midnight>(?:midnight)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern9 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:lieu\s+de\s+naissance|place\s+of\s+birth|passed\s+away|birthplace|vu\s+le\s+jour|on\s+display|naissance|succombée|succomber|came\s+down|exhibited|displayed|conservée|succombé|exposées|conservé|décédée|éteinte|décéder|crashed|écrasée|écrasés|on\s+show|exposée|exposés|décédé|éteint|mourir|écrasé|abîmée|housed|exposé|morte|décès|crash|crash|abîmé|born|nées|died|mort|née|nés|né)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern10 { get; }

    [GeneratedRegex(@"\G(?<![\p{L}\d.,:])(?:(?<h>\d{1,2})(?:[\s\u00A0\u202F]?(?:(?:h|heures|heure))(?:[\s\u00A0\u202F]?(?<m>[0-5]\d))?|:(?<m>[0-5]\d)|(?:\.(?<m>[0-5]\d))?(?=(?:[\s\u00A0\u202F]?(?:(?<am>(?:du[\s\u00A0\u202F]+matin))|(?<pm>(?:du[\s\u00A0\u202F]+soir|de[\s\u00A0\u202F]+l['’]après-midi))))))(?:[\s\u00A0\u202F]?(?:(?<am>(?:du[\s\u00A0\u202F]+matin))|(?<pm>(?:du[\s\u00A0\u202F]+soir|de[\s\u00A0\u202F]+l['’]après-midi))))?|(?<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=[\s\u00A0\u202F]?(?:(?:gmt|utc|temps[\s\u00A0\u202F]+universel|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+paris|heure[\s\u00A0\u202F]+française|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+france))(?!\p{L}))|(?<noon>(?:midi))|(?<midnight>(?:minuit)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern11 { get; }

    [GeneratedRegex(@"\G(?<![\p{L}\d.,:])(?:(?<h>\d{1,2})(?:[\s\u00A0\u202F]?(?:(?:o['’]clock))(?:[\s\u00A0\u202F]?(?<m>[0-5]\d))?|:(?<m>[0-5]\d)|(?:\.(?<m>[0-5]\d))?(?=(?:[\s\u00A0\u202F]?(?:(?<am>(?:a\.m\.|a\.m|am))|(?<pm>(?:p\.m\.|p\.m|pm))))))(?:[\s\u00A0\u202F]?(?:(?<am>(?:a\.m\.|a\.m|am))|(?<pm>(?:p\.m\.|p\.m|pm))))?|(?<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=[\s\u00A0\u202F]?(?:(?:gmt|utc|edt|est|cdt|cst|pdt|pst|mdt|mst|bst|cet))(?!\p{L}))|(?<noon>(?:noon|midday))|(?<midnight>(?:midnight)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern12 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]?(?<zone>(?:gmt|utc|edt|est|cdt|cst|pdt|pst|mdt|mst|bst|cet))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern13 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]?(?<zone>(?:gmt|utc|temps[\s\u00A0\u202F]+universel|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+paris|heure[\s\u00A0\u202F]+française|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+france))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern14 { get; }

    [GeneratedRegex(@"^(?:gmt|edt|est|cet|bst|utc|pst|cst|local[\s\u00A0\u202F]+time|am|pm|a\.m|p\.m|o['’]clock)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern15 { get; }

    [GeneratedRegex(@"^(?:h|gmt|utc|heure[\s\u00A0\u202F]+locale|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+paris|heures[\s\u00A0\u202F]+du[\s\u00A0\u202F]+matin|heures[\s\u00A0\u202F]+du[\s\u00A0\u202F]+soir)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern16 { get; }

    [GeneratedRegex(@"\G(?:(?!))(?<q>[1-4])(?:[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)|-(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?(?![\d\p{L}])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern17 { get; }

    [GeneratedRegex(@"\G(?:Q)(?<q>[1-4])(?:[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)|-(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?(?![\d\p{L}])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern18 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F-]?(?<symbol>(?:cu[\s\u00A0]ft|km/hr|sq[\s\u00A0]ft|sq[\s\u00A0]km|sq[\s\u00A0]mi|kcal|km/h|mins|sq[\s\u00A0]m|sqft|GWh|MWh|N·m|TWh|b/d|bbl|bhp|bpd|cbm|cwt|gal|hrs|kWh|kgs|km2|kmh|kms|km²|kph|kts|lbs|ltr|m/s|min|mph|nmi|ozs|sqm|yds|GB|GJ|GW|KB|MB|MJ|MW|Mt|Nm|PS|TB|Wh|bu|cL|cl|cm|ft|ha|hl|hp|hr|kJ|kV|kW|kg|km|kn|kt|lb|m2|m3|mL|mg|mi|ml|mm|m²|m³|oz|yd|°C|°F|ºC|ºF|m))(?:/(?<per>(?:yr|d|h|s)))?(?![\p{L}\p{N}'’²³])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern19 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F-]?(?<symbol>(?:kcal|km/h|GWh|MWh|N\.m|N·m|TWh|b/j|kWh|km2|kmh|km²|m/s|min|mph|CV|GJ|GW|Go|Ko|MJ|MW|Mo|Mt|Nm|To|Wh|cL|ch|cl|cm|cv|ha|hl|kJ|kV|kW|kg|km|kt|m2|m3|mL|mg|ml|mm|m²|m³|nq|°C|°F|ºC|L|g|l|m|t|°))(?:/(?<per>(?:jour|min|an|h|j|s)))?(?![\p{L}\p{N}'’²³])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern20 { get; }

    [GeneratedRegex(@"(?<![\d.,])(?<num>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d))(?:[\s\u00A0\u202F-]?(?<scale>(?:milliards|thousands|trillions|billions|milliard|millions|thousand|trillion|billion|million|mille|mrds|mds|mio|mln|mrd|bn|md|mn|tn|b|k|m)(?![\p{L}])))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern21 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,/])(?:(?<frac>(?:(?<whole>\d{1,4})(?:-| (?=\d{1,2}/)))?(?<num>\d{1,2})/(?<den>\d{1,2})(?![\d/]))|(?<num>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)))[\s\u00A0\u202F]*(?:%|(?:per[\s\u00A0\u202F]+cent|percent|pct)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern22 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,/])(?:(?<frac>(?:(?<whole>\d{1,4})(?:-| (?=\d{1,2}/)))?(?<num>\d{1,2})/(?<den>\d{1,2})(?![\d/]))|(?<num>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d)))[\s\u00A0\u202F]*(?:%|(?:pour[\s\u00A0\u202F]+cent)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern23 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:half[\s\u00A0\u202F]+a|an|a|one|two|three|four|five|six|seven|eight|nine|ten)[\s\u00A0\u202F]+)?(?<approx>(?:(?!)))[\s\u00A0\u202F]+(?:(?:of)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)(?<scale>(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions|mln|bn|mrd))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern24 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)[\s\u00A0\u202F]+)?(?<approx>(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier))[\s\u00A0\u202F]+(?:(?:de)[\s\u00A0\u202F]+|(?:d['’])[\s\u00A0\u202F]*)(?<scale>(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions|mln|bn|mrd))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern25 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:de)[\s\u00A0\u202F]+(?<n1>\d{1,3})[\s\u00A0\u202F]+(?:à)[\s\u00A0\u202F]+(?<num>\d{1,3})(?:[\s\u00A0\u202F]+(?<w1>(?:ans)))?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern26 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:dont|contre|soit|et|puis|mais|ou|tandis[\s\u00A0\u202F]+que|alors[\s\u00A0\u202F]+que|parmi[\s\u00A0\u202F]+lesquels|parmi[\s\u00A0\u202F]+lesquelles|face[\s\u00A0\u202F]+à)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern27 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:from)[\s\u00A0\u202F]+(?<n1>\d{1,3})[\s\u00A0\u202F]+(?:to)[\s\u00A0\u202F]+(?<num>\d{1,3})(?:[\s\u00A0\u202F]+(?<w1>(?:years)))?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern28 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:while|whereas|but|and|of[\s\u00A0\u202F]+which|against|compared[\s\u00A0\u202F]+with|compared[\s\u00A0\u202F]+to|versus|vs|or|including|only|with)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern29 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<num>(?:half[\s\u00A0\u202F]+a|an|a|one|two|three|four|five|six|seven|eight|nine|ten))(?=[\s\u00A0\u202F]+(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions|mln|bn|mrd))(?:[\s\u00A0\u202F-]?(?<scale>(?:milliards|thousands|trillions|billions|milliard|millions|thousand|trillion|billion|million|mille|mrds|mds|mio|mln|mrd|bn|md|mn|tn|b|k|m)(?![\p{L}])))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern30 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<num>(?:une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix))(?=[\s\u00A0\u202F]+(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions|mln|bn|mrd))(?:[\s\u00A0\u202F-]?(?<scale>(?:milliards|thousands|trillions|billions|milliard|millions|thousand|trillion|billion|million|mille|mrds|mds|mio|mln|mrd|bn|md|mn|tn|b|k|m)(?![\p{L}])))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern31 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<unit>(?:ans|an|années|année|mois|semaines|semaine|jours|jour|décennies|décennie))(?![\p{L}])(?>(?<demi>[\s\u00A0\u202F]+(?:et[\s\u00A0\u202F]+demie|et[\s\u00A0\u202F]+demi))?)(?!(?:(?!))|[\s\u00A0\u202F]+(?:plus[\s\u00A0\u202F]+tard|plus[\s\u00A0\u202F]+tôt|auparavant|d['’]âge|de[\s\u00A0\u202F]+prison)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern32 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<unit>(?:years|year|months|month|weeks|week|days|day|decades|decade))(?![\p{L}])(?>(?<demi>[\s\u00A0\u202F]+(?:(?!)))?)(?!(?:-old)|[\s\u00A0\u202F]+(?:old|ago|later|earlier|before)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern33 { get; }

    [GeneratedRegex(@"\G(?:(?!))[\s\u00A0\u202F]+(?<c>19|20)?(?<dd>\d0)(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern34 { get; }

    [GeneratedRegex(@"\G(?:(?!))[\s\u00A0\u202F]+(?<num>\d{1,3}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?![\p{L}-])|(?:a|an|one))[\s\u00A0\u202F]+(?<unit>(?:years|year|months|month|weeks|week|days|day|decades|decade))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern35 { get; }

    [GeneratedRegex(@"\G(?:(?<m>(?:september|february|november|december|january|october|august|march|april|june|july|may))(?!\p{L})|(?<m>(?:sept|feb|sep|jul|jan|apr|aug|nov|jun|mar|dec|oct))(?:\.|(?=[\s\u00A0]+\d|-\d)))(?:[\s\u00A0\u202F]+(?<d>[0-3]?\d)(?:(?:st|nd|rd|th))?(?![\d\p{L}.,]\d|%))?(?:,?[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?(?:[\s\u00A0\u202F]+(?<mod>(?:(?!))))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern36 { get; }

    [GeneratedRegex(@"\G(?:(?<m>(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|avril|mars|juin|août|aout|mai))(?!\p{L})|(?<m>(?:sept|oct|nov))(?:\.|(?=[\s\u00A0]+\d|-\d)))(?:[\s\u00A0\u202F]+(?<d>[0-3]?\d)(?:(?:er))?(?![\d\p{L}.,]\d|%))?(?:,?[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?(?:[\s\u00A0\u202F]+(?<mod>(?:dernier|prochain|derniers|prochains|dernière|prochaine|dernières|prochaines)))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern37 { get; }

    [GeneratedRegex(@"\G(?:[0-3]?\d/[01]?\d/(?:\d{4}|\d\d)(?![\d/])|(?:après-demain)|(?:avant-hier)|(?:dans[\s\u00A0\u202F]+(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze))[\s\u00A0\u202F]+jours)|(?:dans[\s\u00A0\u202F]+(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze))[\s\u00A0\u202F]+semaines)|(?:dans[\s\u00A0\u202F]+(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze))[\s\u00A0\u202F]+mois)|(?:dans[\s\u00A0\u202F]+(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze))[\s\u00A0\u202F]+ans)|(?:dans[\s\u00A0\u202F]+(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze))[\s\u00A0\u202F]+années)|(?:saint-sylvestre)|(?:nouvel[\s\u00A0\u202F]+an))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern38 { get; }

    [GeneratedRegex(@"\G(?:[0-3]?\d/[01]?\d/(?:\d{4}|\d\d)(?![\d/])|(?:day[\s\u00A0\u202F]+after[\s\u00A0\u202F]+tomorrow)|(?:day[\s\u00A0\u202F]+before[\s\u00A0\u202F]+yesterday)|(?:from[\s\u00A0\u202F]+now)|(?:fortnight)|(?:fortnights)|(?:easter)|(?:good[\s\u00A0\u202F]+friday)|(?:thanksgiving)|(?:memorial[\s\u00A0\u202F]+day)|(?:independence[\s\u00A0\u202F]+day)|(?:labor[\s\u00A0\u202F]+day)|(?:labour[\s\u00A0\u202F]+day)|(?:veterans[\s\u00A0\u202F]+day)|(?:new[\s\u00A0\u202F]+year['’]s[\s\u00A0\u202F]+day)|(?:new[\s\u00A0\u202F]+year['’]s[\s\u00A0\u202F]+eve)|(?:christmas[\s\u00A0\u202F]+eve))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern39 { get; }

    [GeneratedRegex(@"\G(?:[\s\u00A0\u202F-]?(?<scale>(?:mille|thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions))|[\s\u00A0\u202F-]?(?<scale>(?:mln|mn)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern40 { get; }

    [GeneratedRegex(@"\G(?:[\s\u00A0\u202F-]?(?<scale>(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions))|[\s\u00A0\u202F-]?(?<scale>(?:mln|mn|bn)))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern41 { get; }

    [GeneratedRegex(@"\G(?:[\s\u00A0\u202F]+)?(?:(?:au|et|à)|[-–])(?:[\s\u00A0\u202F]+)?(?<d>[0-3]?\d)(?![\d\p{L}%]|[.,]\d|[\s\u00A0\u202F]+(?:(?<m>(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|avril|mars|juin|août|aout|mai))(?!\p{L})|(?<m>(?:sept|oct|nov))(?:\.|(?=[\s\u00A0]+\d|-\d))))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern42 { get; }

    [GeneratedRegex(@"\G(?:[\s\u00A0\u202F]+)?(?:(?:to|and|through|until)|[-–])(?:[\s\u00A0\u202F]+)?(?<d>[0-3]?\d)(?![\d\p{L}%]|[.,]\d|[\s\u00A0\u202F]+(?:(?<m>(?:september|february|november|december|january|october|august|march|april|june|july|may))(?!\p{L})|(?<m>(?:sept|feb|sep|jul|jan|apr|aug|nov|jun|mar|dec|oct))(?:\.|(?=[\s\u00A0]+\d|-\d))))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern43 { get; }

    [GeneratedRegex(@"\G(?:années)[\s\u00A0\u202F]+(?<c>19|20)?(?<dd>\d0)(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern44 { get; }

    [GeneratedRegex(@"\G(?:dans)[\s\u00A0\u202F]+(?<num>\d{1,3}|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-])|(?:un|une))[\s\u00A0\u202F]+(?<unit>(?:ans|an|années|année|mois|semaines|semaine|jours|jour|décennies|décennie))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern45 { get; }

    [GeneratedRegex(@"\G(?:il[\s\u00A0\u202F]+y[\s\u00A0\u202F]+a)[\s\u00A0\u202F]+(?<num>\d{1,3}|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-])|(?:un|une))[\s\u00A0\u202F]+(?<unit>(?:ans|an|années|année|mois|semaines|semaine|jours|jour|décennies|décennie))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern46 { get; }

    [GeneratedRegex(@"\G(?:plusieurs|quelques)[\s\u00A0\u202F]+(?<unit>(?:cent|cents)|(?:mille|thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern47 { get; }

    [GeneratedRegex(@"\G(?:several|a[\s\u00A0\u202F]+few)[\s\u00A0\u202F]+(?<unit>(?:hundred|dozen)|(?:thousand|thousands|million|millions|milliard|milliards|billion|billions|trillion|trillions))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern48 { get; }

    [GeneratedRegex(@"\G(?<c>19|20)?(?<dd>\d0)['’]?(?:(?!))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern49 { get; }

    [GeneratedRegex(@"\G(?<c>19|20)?(?<dd>\d0)['’]?(?:s)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern50 { get; }

    [GeneratedRegex(@"\G(?<d>[0-3]?\d)(?:(?:er))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern51 { get; }

    [GeneratedRegex(@"\G(?<d>[0-3]?\d)(?:(?:er))?(?:[\s\u00A0\u202F]+(?:(?:(?!))[\s\u00A0\u202F]+)?|-(?=\p{L}))(?:(?<m>(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|avril|mars|juin|août|aout|mai))(?!\p{L})|(?<m>(?:sept|oct|nov))(?:\.|(?=[\s\u00A0]+\d|-\d)))(?:,?[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)|-(?<yy>\d\d)(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern52 { get; }

    [GeneratedRegex(@"\G(?<d>[0-3]?\d)(?:(?:st|nd|rd|th))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern53 { get; }

    [GeneratedRegex(@"\G(?<d>[0-3]?\d)(?:(?:st|nd|rd|th))?(?:[\s\u00A0\u202F]+(?:(?:of)[\s\u00A0\u202F]+)?|-(?=\p{L}))(?:(?<m>(?:september|february|november|december|january|october|august|march|april|june|july|may))(?!\p{L})|(?<m>(?:sept|feb|sep|jul|jan|apr|aug|nov|jun|mar|dec|oct))(?:\.|(?=[\s\u00A0]+\d|-\d)))(?:,?[\s\u00A0\u202F]+(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d)|-(?<yy>\d\d)(?!\d))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern54 { get; }

    [GeneratedRegex(@"\G(?<mod>(?:cette|ce|cet))[\s\u00A0\u202F]+(?<unit>(?:semaine|mois|année|an))(?:(?:-ci))?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern55 { get; }

    [GeneratedRegex(@"\G(?<mod>(?:this|last|next))[\s\u00A0\u202F]+(?<unit>(?:week|month|year))(?:(?:(?!)))?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern56 { get; }

    [GeneratedRegex(@"\G(?<p>(?:fin[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|fin[\s\u00A0\u202F]+d['’]année|début[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|début[\s\u00A0\u202F]+d['’]année|milieu[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année))(?!\p{L})(?![\s\u00A0\u202F]+(?:(?:de|du|des|d['’])(?:[\s\u00A0\u202F]+)?)?(?:19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern57 { get; }

    [GeneratedRegex(@"\G(?<p>(?:year[\s\u00A0\u202F]+end|year-end|end[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the[\s\u00A0\u202F]+year|end[\s\u00A0\u202F]+of[\s\u00A0\u202F]+this[\s\u00A0\u202F]+year|start[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the[\s\u00A0\u202F]+year|beginning[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the[\s\u00A0\u202F]+year|middle[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the[\s\u00A0\u202F]+year))(?!\p{L})(?![\s\u00A0\u202F]+(?:(?:of)(?:[\s\u00A0\u202F]+)?)?(?:19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern58 { get; }

    [GeneratedRegex(@"\G(?<q>(?:first|second|third|fourth))[\s\u00A0\u202F]+(?:quarter)(?!\p{L})(?:(?:[\s\u00A0\u202F]+(?:of)(?:[\s\u00A0\u202F]+)?)?(?:[\s\u00A0\u202F]+)?(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern59 { get; }

    [GeneratedRegex(@"\G(?<q>(?:premier|deuxième|second|troisième|quatrième))[\s\u00A0\u202F]+(?:trimestre)(?!\p{L})(?:(?:[\s\u00A0\u202F]+(?:de|du|des|d['’])(?:[\s\u00A0\u202F]+)?)?(?:[\s\u00A0\u202F]+)?(?<y>(?:19|20)\d\d)(?![\d\p{L}]|[-–/]\d))?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern60 { get; }

    [GeneratedRegex(@"\G(?<vague>(?:centaines[\s\u00A0\u202F]+de[\s\u00A0\u202F]+milliers|centaines[\s\u00A0\u202F]+de[\s\u00A0\u202F]+millions|dizaines[\s\u00A0\u202F]+de[\s\u00A0\u202F]+milliers|dizaines[\s\u00A0\u202F]+de[\s\u00A0\u202F]+millions|centaines|milliards|dizaines|milliers|millions))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern61 { get; }

    [GeneratedRegex(@"\G(?<vague>(?:hundreds[\s\u00A0\u202F]+of[\s\u00A0\u202F]+thousands|hundreds[\s\u00A0\u202F]+of[\s\u00A0\u202F]+millions|tens[\s\u00A0\u202F]+of[\s\u00A0\u202F]+thousands|tens[\s\u00A0\u202F]+of[\s\u00A0\u202F]+millions|thousands|hundreds|millions|billions|dozens|scores))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern62 { get; }

    [GeneratedRegex(@"\G(?<w>(?:aujourd['’]hui|après-demain|demain|avant-hier|hier|la[\s\u00A0\u202F]+veille|le[\s\u00A0\u202F]+lendemain))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern63 { get; }

    [GeneratedRegex(@"\G(?<w>(?:today|tonight|tomorrow|yesterday|last[\s\u00A0\u202F]+night|this[\s\u00A0\u202F]+morning|this[\s\u00A0\u202F]+afternoon|this[\s\u00A0\u202F]+evening))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern64 { get; }

    [GeneratedRegex(@"\G,?[\s\u00A0\u202F]+(?:(?:(?!))[\s\u00A0\u202F]+)?(?:[0-3]?\d(?:(?:er))?[\s\u00A0\u202F]+(?:(?:(?!))[\s\u00A0\u202F]+)?(?:(?<m>(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|avril|mars|juin|août|aout|mai))(?!\p{L})|(?<m>(?:sept|oct|nov))(?:\.|(?=[\s\u00A0]+\d|-\d)))|(?:(?<m>(?:septembre|novembre|décembre|decembre|janvier|février|fevrier|juillet|octobre|avril|mars|juin|août|aout|mai))(?!\p{L})|(?<m>(?:sept|oct|nov))(?:\.|(?=[\s\u00A0]+\d|-\d)))[\s\u00A0\u202F]+[0-3]?\d)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern65 { get; }

    [GeneratedRegex(@"\G,?[\s\u00A0\u202F]+(?:(?:the)[\s\u00A0\u202F]+)?(?:[0-3]?\d(?:(?:st|nd|rd|th))?[\s\u00A0\u202F]+(?:(?:of)[\s\u00A0\u202F]+)?(?:(?<m>(?:september|february|november|december|january|october|august|march|april|june|july|may))(?!\p{L})|(?<m>(?:sept|feb|sep|jul|jan|apr|aug|nov|jun|mar|dec|oct))(?:\.|(?=[\s\u00A0]+\d|-\d)))|(?:(?<m>(?:september|february|november|december|january|october|august|march|april|june|july|may))(?!\p{L})|(?<m>(?:sept|feb|sep|jul|jan|apr|aug|nov|jun|mar|dec|oct))(?:\.|(?=[\s\u00A0]+\d|-\d)))[\s\u00A0\u202F]+[0-3]?\d)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern66 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]*(?<approx>(?:(?!)))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern67 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]*(?<approx>(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern68 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]*(?<conn>-|–|(?:to)|(?:and)|(?:or))(?![\p{L}])[\s\u00A0\u202F]*", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern69 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]*(?<conn>-|–|(?:à)|(?:et)|(?:ou))(?![\p{L}])[\s\u00A0\u202F]*", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern70 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]+(?<mod>(?:(?!)))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern71 { get; }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]+(?<mod>(?:dernier|prochain|derniers|prochains|dernière|prochaine|dernières|prochaines))(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern72 { get; }

    [GeneratedRegex(@"^(?:[\s\u00A0\u202F]+(?:(?:au|et|à))[\s\u00A0\u202F]+|(?:[\s\u00A0\u202F]+)?[-–](?:[\s\u00A0\u202F]+)?)(?:(?:le|la)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern73 { get; }

    [GeneratedRegex(@"^(?:[\s\u00A0\u202F]+(?:(?:to|and|through|until))[\s\u00A0\u202F]+|(?:[\s\u00A0\u202F]+)?[-–](?:[\s\u00A0\u202F]+)?)(?:(?:the)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern74 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:(?:des|sur)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern75 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:(?:of|out[\s\u00A0\u202F]+of)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern76 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:autres|de[\s\u00A0\u202F]+plus|de[\s\u00A0\u202F]+moins|supplémentaires)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern77 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:d['’]entre[\s\u00A0\u202F]+eux|d['’]entre[\s\u00A0\u202F]+elles|parmi[\s\u00A0\u202F]+eux|parmi[\s\u00A0\u202F]+elles)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern78 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:gmt|edt|est|cet|bst|utc|pst|cst|local[\s\u00A0\u202F]+time|am|pm|a\.m|p\.m|o['’]clock)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern79 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:h|gmt|utc|heure[\s\u00A0\u202F]+locale|heure[\s\u00A0\u202F]+de[\s\u00A0\u202F]+paris|heures[\s\u00A0\u202F]+du[\s\u00A0\u202F]+matin|heures[\s\u00A0\u202F]+du[\s\u00A0\u202F]+soir)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern80 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:objectif|cible|plafond|seuil)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern81 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:of[\s\u00A0\u202F]+them|of[\s\u00A0\u202F]+those|of[\s\u00A0\u202F]+which|of[\s\u00A0\u202F]+whom)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern82 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:others|other|more|fewer)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern83 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:target|goal|objective|ceiling|cap|limit|threshold)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern84 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]+(?:old|ago|later|earlier|before)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern85 { get; }

    [GeneratedRegex(@"^[\s\u00A0\u202F]+(?:plus[\s\u00A0\u202F]+tard|plus[\s\u00A0\u202F]+tôt|auparavant|d['’]âge|de[\s\u00A0\u202F]+prison)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern86 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:after|from|since)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern87 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:après|dès|à[\s\u00A0\u202F]+partir[\s\u00A0\u202F]+de)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern88 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:at)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern89 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:at[\s\u00A0\u202F]+around|at[\s\u00A0\u202F]+about|around|about|at[\s\u00A0\u202F]+approximately|approximately|roughly)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern90 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:avant|jusqu['’]à)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern91 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:before|until|till|by)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern92 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:shortly[\s\u00A0\u202F]+after|just[\s\u00A0\u202F]+after|a[\s\u00A0\u202F]+little[\s\u00A0\u202F]+after|minutes[\s\u00A0\u202F]+after|moments[\s\u00A0\u202F]+after|soon[\s\u00A0\u202F]+after)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern93 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:shortly[\s\u00A0\u202F]+before|just[\s\u00A0\u202F]+before|a[\s\u00A0\u202F]+little[\s\u00A0\u202F]+before|minutes[\s\u00A0\u202F]+before|moments[\s\u00A0\u202F]+before|soon[\s\u00A0\u202F]+before)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern94 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:un[\s\u00A0\u202F]+peu[\s\u00A0\u202F]+après|peu[\s\u00A0\u202F]+après|juste[\s\u00A0\u202F]+après|quelques[\s\u00A0\u202F]+minutes[\s\u00A0\u202F]+après|peu[\s\u00A0\u202F]+de[\s\u00A0\u202F]+temps[\s\u00A0\u202F]+après)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern95 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:un[\s\u00A0\u202F]+peu[\s\u00A0\u202F]+avant|peu[\s\u00A0\u202F]+avant|juste[\s\u00A0\u202F]+avant|quelques[\s\u00A0\u202F]+minutes[\s\u00A0\u202F]+avant|peu[\s\u00A0\u202F]+de[\s\u00A0\u202F]+temps[\s\u00A0\u202F]+avant)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern96 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:vers|aux[\s\u00A0\u202F]+alentours[\s\u00A0\u202F]+de|autour[\s\u00A0\u202F]+de|à[\s\u00A0\u202F]+environ|environ)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern97 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:à)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern98 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:an[\s\u00A0\u202F]+additional|a[\s\u00A0\u202F]+further|another)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern99 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:en|depuis|de|dès|jusqu['’]en|avant|après|vers)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern100 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:in|since|from|until|till|by|before|after|during|circa)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern101 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:un[\s\u00A0\u202F]+supplément[\s\u00A0\u202F]+de|encore)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern102 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<season>(?:summer|spring|autumn|winter))(?:[\s\u00A0\u202F]+(?:(?:of)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)|[\s\u00A0\u202F]+)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern103 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<season>(?:été|printemps|automne|hiver))(?:[\s\u00A0\u202F]+(?:(?:de|du|des)[\s\u00A0\u202F]+|(?:d['’])[\s\u00A0\u202F]*)|[\s\u00A0\u202F]+)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern104 { get; }

    [GeneratedRegex(@"(?<qual>(?:close[\s\u00A0\u202F]+to|more[\s\u00A0\u202F]+than|in[\s\u00A0\u202F]+excess[\s\u00A0\u202F]+of|upwards[\s\u00A0\u202F]+of|at[\s\u00A0\u202F]+least|no[\s\u00A0\u202F]+less[\s\u00A0\u202F]+than|less[\s\u00A0\u202F]+than|at[\s\u00A0\u202F]+most|no[\s\u00A0\u202F]+more[\s\u00A0\u202F]+than|up[\s\u00A0\u202F]+to|as[\s\u00A0\u202F]+much[\s\u00A0\u202F]+as|as[\s\u00A0\u202F]+many[\s\u00A0\u202F]+as|approximately|roughly|around|about|some|circa|nearly|almost|over|above|under|below|not[\s\u00A0\u202F]+exceeding|not[\s\u00A0\u202F]+to[\s\u00A0\u202F]+exceed|limited[\s\u00A0\u202F]+to|exceeding|exceed|exceeds|estimated[\s\u00A0\u202F]+at|put[\s\u00A0\u202F]+at|starting[\s\u00A0\u202F]+at|from[\s\u00A0\u202F]+as[\s\u00A0\u202F]+little[\s\u00A0\u202F]+as))[\s\u00A0]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern105 { get; }

    [GeneratedRegex(@"(?<qual>(?:d['’]environ|environ|quelque|autour[\s\u00A0\u202F]+de|autour[\s\u00A0\u202F]+d['’]|de[\s\u00A0\u202F]+l['’]ordre[\s\u00A0\u202F]+de|de[\s\u00A0\u202F]+l['’]ordre[\s\u00A0\u202F]+d['’]|près[\s\u00A0\u202F]+de|près[\s\u00A0\u202F]+d['’]|presque|quasiment|pas[\s\u00A0\u202F]+moins[\s\u00A0\u202F]+de|pas[\s\u00A0\u202F]+moins[\s\u00A0\u202F]+d['’]|plus[\s\u00A0\u202F]+de|plus[\s\u00A0\u202F]+d['’]|moins[\s\u00A0\u202F]+de|moins[\s\u00A0\u202F]+d['’]|jusqu['’]à|au[\s\u00A0\u202F]+moins|au[\s\u00A0\u202F]+plus|à[\s\u00A0\u202F]+partir[\s\u00A0\u202F]+de|à[\s\u00A0\u202F]+partir[\s\u00A0\u202F]+d['’]|dès|au-delà[\s\u00A0\u202F]+de|au-delà[\s\u00A0\u202F]+d['’]|supérieur[\s\u00A0\u202F]+à|supérieure[\s\u00A0\u202F]+à|supérieurs[\s\u00A0\u202F]+à|supérieures[\s\u00A0\u202F]+à|inférieur[\s\u00A0\u202F]+à|inférieure[\s\u00A0\u202F]+à|aux[\s\u00A0\u202F]+alentours[\s\u00A0\u202F]+de|aux[\s\u00A0\u202F]+alentours[\s\u00A0\u202F]+d['’]|estimé[\s\u00A0\u202F]+à|estimée[\s\u00A0\u202F]+à|estimés[\s\u00A0\u202F]+à|estimées[\s\u00A0\u202F]+à|évalué[\s\u00A0\u202F]+à|évaluée[\s\u00A0\u202F]+à|dépasse|dépassent|dépassant|dépasser|approche[\s\u00A0\u202F]+les|approchant[\s\u00A0\u202F]+les|frôle[\s\u00A0\u202F]+les))[\s\u00A0]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern106 { get; }

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:les|ses|leurs|nos|vos|des|de|tous[\s\u00A0\u202F]+les|toutes[\s\u00A0\u202F]+les|ces|compte|comptent|comptera|compter|regroupe|rassemble|réunit|réunira|comprend|avec|parmi)|\p{L}(?:(?!)))(?:[\s\u00A0\u202F]+(?:désormais|déjà|toujours|actuellement))?[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern107 { get; }

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:the|its|their|his|her|our|all|of|has|have|had|counts|comprises|with|among|between)|\p{L}(?:['’]s))(?:[\s\u00A0\u202F]+(?:now|already|still|currently))?[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern108 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<n1>\d{1,3}(?:[.,]\d+)?|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-]))[\s\u00A0\u202F]+(?:(?:à)|(?:ou)|-|–)[\s\u00A0\u202F]+)?(?<num>\d{1,3}(?:[.,]\d+)?|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-])|(?:un|une))(?<half>[\s\u00A0\u202F]+(?:(?!)))?(?:[\s\u00A0\u202F]+|-)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern109 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<n1>\d{1,3}(?:[.,]\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?![\p{L}-]))[\s\u00A0\u202F]+(?:(?:to)|(?:or)|-|–)[\s\u00A0\u202F]+)?(?<num>\d{1,3}(?:[.,]\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?![\p{L}-])|(?:a|an|one))(?<half>[\s\u00A0\u202F]+(?:and[\s\u00A0\u202F]+a[\s\u00A0\u202F]+half))?(?:[\s\u00A0\u202F]+|-)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern110 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<rangeword>(?:between))[\s\u00A0\u202F]+)?(?<n1>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d))[\s\u00A0\u202F]*%?[\s\u00A0\u202F]*(?<conn>-|–|(?:to)|(?:and))[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern111 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<rangeword>(?:between)|(?:from))[\s\u00A0\u202F]+)?(?:(?<pre>[^\s\u00A0\u202F\d]{1,4})[\s\u00A0\u202F]?)?(?<n1>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d))(?:[\s\u00A0-]?(?<s1>(?:milliards|thousands|trillions|billions|milliard|millions|thousand|trillion|billion|million|mille|mrds|mds|mio|mln|mrd|bn|md|mn|tn|b|k|m)(?![\p{L}])))?(?:[\s\u00A0\u202F]*(?<c1>[^\s\u00A0\u202F\d\p{L}]{1,2}))?[\s\u00A0\u202F]*(?<conn>(?:and)|(?:to)|-|–)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern112 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<rangeword>(?:entre))[\s\u00A0\u202F]+)?(?<n1>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d))[\s\u00A0\u202F]*%?[\s\u00A0\u202F]*(?<conn>-|–|(?:à)|(?:et))[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern113 { get; }

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:(?<rangeword>(?:entre)|(?:de))[\s\u00A0\u202F]+)?(?:(?<pre>[^\s\u00A0\u202F\d]{1,4})[\s\u00A0\u202F]?)?(?<n1>(?:\d{1,3}(?:(?:[\u00A0\u202F]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!\d))(?:[\s\u00A0-]?(?<s1>(?:milliards|thousands|trillions|billions|milliard|millions|thousand|trillion|billion|million|mille|mrds|mds|mio|mln|mrd|bn|md|mn|tn|b|k|m)(?![\p{L}])))?(?:[\s\u00A0\u202F]*(?<c1>[^\s\u00A0\u202F\d\p{L}]{1,2}))?[\s\u00A0\u202F]*(?<conn>(?:et)|(?:à)|-|–)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern114 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?!))[\s\u00A0\u202F]*(?<unit>(?:week|month|year))[\s\u00A0\u202F]+(?<mod>(?:(?!)))$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern115 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?!))[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern116 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:de)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern117 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:from)[\s\u00A0\u202F]+|(?:(?!))[\s\u00A0\u202F]*)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern118 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:age)(?![\p{L}])[^,;:.]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern119 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:between)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern120 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:by|up|down|from|rose|rises|rising|fell|falls|falling|gained|gains|lost|grew|grows|jumped|dropped|climbed|declined|increased|decreased|slipped|eased|surged|plunged|cut|cutting|cuts|raised|raising|lowered|lowering|reduced|reducing|rise|rise[\s\u00A0\u202F]+of|rises[\s\u00A0\u202F]+of|fall|fall[\s\u00A0\u202F]+of|falls[\s\u00A0\u202F]+of|increase|increases|increase[\s\u00A0\u202F]+of|increases[\s\u00A0\u202F]+of|decrease|decreases|decrease[\s\u00A0\u202F]+of|decreases[\s\u00A0\u202F]+of|drop|drops|drop[\s\u00A0\u202F]+of|drops[\s\u00A0\u202F]+of|decline|declines|decline[\s\u00A0\u202F]+of|declines[\s\u00A0\u202F]+of|gain|gain[\s\u00A0\u202F]+of|gains[\s\u00A0\u202F]+of|growth|growths|growth[\s\u00A0\u202F]+of|growths[\s\u00A0\u202F]+of|jump|jumps|jump[\s\u00A0\u202F]+of|jumps[\s\u00A0\u202F]+of|cuts[\s\u00A0\u202F]+of|cut[\s\u00A0\u202F]+of|hike|hikes|hike[\s\u00A0\u202F]+of|hikes[\s\u00A0\u202F]+of|surge|surges|surge[\s\u00A0\u202F]+of|surges[\s\u00A0\u202F]+of|percentage[\s\u00A0\u202F]+point|percentage[\s\u00A0\u202F]+points)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern121 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:entre)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern122 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:en|de|d['’]|depuis|jusqu['’]en|jusqu['’]à|dès|avant|après|entre|et|pour|fin|début|mi|courant|milieu|au[\s\u00A0\u202F]+mois[\s\u00A0\u202F]+de|le[\s\u00A0\u202F]+mois[\s\u00A0\u202F]+de|édition|saison|exercice)[\s\u00A0\u202F-]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern123 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:for|over|in|within|after|during|since|about|nearly|almost|than)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern124 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:hausse[\s\u00A0\u202F]+de|baisse[\s\u00A0\u202F]+de|augmenté[\s\u00A0\u202F]+de|baissé[\s\u00A0\u202F]+de|progressé[\s\u00A0\u202F]+de|reculé[\s\u00A0\u202F]+de|augmentation[\s\u00A0\u202F]+de|diminution[\s\u00A0\u202F]+de|progression[\s\u00A0\u202F]+de|recul[\s\u00A0\u202F]+de|croissance[\s\u00A0\u202F]+de|chuté[\s\u00A0\u202F]+de|grimpé[\s\u00A0\u202F]+de|bondi[\s\u00A0\u202F]+de|de[\s\u00A0\u202F]+plus|de[\s\u00A0\u202F]+moins)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern125 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:il[\s\u00A0\u202F]+y[\s\u00A0\u202F]+a|voilà)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern126 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:in|on|by|since|until|till|through|of|from|to|during|before|after|between|and|early|late|mid|last|next|this|the[\s\u00A0\u202F]+end[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+start[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+beginning[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+middle[\s\u00A0\u202F]+of|fiscal|due|by[\s\u00A0\u202F]+about)[\s\u00A0\u202F-]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern127 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:la|le|l['’])[\s\u00A0\u202F]*(?<unit>(?:semaine|mois|année|an))[\s\u00A0\u202F]+(?<mod>(?:dernière|dernier|prochaine|prochain|passée|passé))$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern128 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:over)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern129 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:passé|passée|passés|passées|passant|passer|passe|augmenté|baissé|grimpé|chuté|reculé|progressé|bondi|diminué|réduit|réduite|ramené|ramenée|porté|portée|relevé|abaissé|évolué|glissé|hausse|baisse)[\s\u00A0\u202F]+(?:\p{L}+[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern130 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:pendant|durant|sur|en|depuis|après|d['’]ici|dans|de|d['’]|près)[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern131 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:rose|rise|rising|fell|fall|falling|increased|increase|decreased|decrease|climbed|dropped|went|grew|jumped|slipped|cut|raised|lowered|reduced|reducing|raising|cutting|up|down|changed|moved|boosted)[\s\u00A0\u202F]+(?:\p{L}+[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern132 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:sur)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern133 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:the)[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern134 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?:âge)(?![\p{L}])[^,;:.]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern135 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<from>(?:du|entre|de))[\s\u00A0\u202F]+(?:(?:le|la)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern136 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<from>(?:du|entre|de))[\s\u00A0\u202F]+(?:(?:le|la)[\s\u00A0\u202F]+)?(?<d>[0-3]?\d)(?:(?:er))?[\s\u00A0\u202F]+(?:(?:au|et|à))[\s\u00A0\u202F]+(?:(?:le|la)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern137 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<from>(?:from|between))[\s\u00A0\u202F]+(?:(?:the)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern138 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<from>(?:from|between))[\s\u00A0\u202F]+(?:(?:the)[\s\u00A0\u202F]+)?(?<d>[0-3]?\d)(?:(?:st|nd|rd|th))?[\s\u00A0\u202F]+(?:(?:to|and|through|until))[\s\u00A0\u202F]+(?:(?:the)[\s\u00A0\u202F]+)?$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern139 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<mod>(?:cette|ce|cet))[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern140 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<mod>(?:this|last|next))[\s\u00A0\u202F]+$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern141 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<num>\d{1,3}|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(?![\p{L}-])|(?:un|une))[\s\u00A0\u202F]+(?<unit>(?:ans|an|années|année|mois|semaines|semaine|jours|jour|décennies|décennie))[\s\u00A0\u202F]+(?:(?!))$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern142 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<num>\d{1,3}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?![\p{L}-])|(?:a|an|one))[\s\u00A0\u202F]+(?<unit>(?:years|year|months|month|weeks|week|days|day|decades|decade))[\s\u00A0\u202F]+(?:ago)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern143 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<part>(?:the[\s\u00A0\u202F]+early|early|the[\s\u00A0\u202F]+mid|mid|the[\s\u00A0\u202F]+late|late|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+beginning[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+beginning[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+beginning[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|the[\s\u00A0\u202F]+beginning[\s\u00A0\u202F]+of|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+start[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+start[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+start[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|the[\s\u00A0\u202F]+start[\s\u00A0\u202F]+of|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+middle[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+middle[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+middle[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|the[\s\u00A0\u202F]+middle[\s\u00A0\u202F]+of|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+end[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|in[\s\u00A0\u202F]+the[\s\u00A0\u202F]+end[\s\u00A0\u202F]+of|the[\s\u00A0\u202F]+end[\s\u00A0\u202F]+of[\s\u00A0\u202F]+the|the[\s\u00A0\u202F]+end[\s\u00A0\u202F]+of))(?:[\s\u00A0\u202F]+(?:(?!)))?[\s\u00A0\u202F-]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern144 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<part>(?:à[\s\u00A0\u202F]+la[\s\u00A0\u202F]+fin[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|fin[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|au[\s\u00A0\u202F]+début[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|début[\s\u00A0\u202F]+de[\s\u00A0\u202F]+l['’]année|au[\s\u00A0\u202F]+début|en[\s\u00A0\u202F]+début|début|à[\s\u00A0\u202F]+la[\s\u00A0\u202F]+fin|en[\s\u00A0\u202F]+fin|fin|au[\s\u00A0\u202F]+milieu|milieu|mi))(?:[\s\u00A0\u202F]+(?:des|de|d['’]))?[\s\u00A0\u202F-]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern145 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<qual>(?:close[\s\u00A0\u202F]+to|more[\s\u00A0\u202F]+than|in[\s\u00A0\u202F]+excess[\s\u00A0\u202F]+of|upwards[\s\u00A0\u202F]+of|at[\s\u00A0\u202F]+least|no[\s\u00A0\u202F]+less[\s\u00A0\u202F]+than|less[\s\u00A0\u202F]+than|at[\s\u00A0\u202F]+most|no[\s\u00A0\u202F]+more[\s\u00A0\u202F]+than|up[\s\u00A0\u202F]+to|as[\s\u00A0\u202F]+much[\s\u00A0\u202F]+as|as[\s\u00A0\u202F]+many[\s\u00A0\u202F]+as|approximately|roughly|around|about|some|circa|nearly|almost|over|above|under|below|not[\s\u00A0\u202F]+exceeding|not[\s\u00A0\u202F]+to[\s\u00A0\u202F]+exceed|limited[\s\u00A0\u202F]+to|exceeding|exceed|exceeds|estimated[\s\u00A0\u202F]+at|put[\s\u00A0\u202F]+at|starting[\s\u00A0\u202F]+at|from[\s\u00A0\u202F]+as[\s\u00A0\u202F]+little[\s\u00A0\u202F]+as))[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern146 { get; }

    [GeneratedRegex(@"(?<![\p{L}])(?<qual>(?:d['’]environ|environ|quelque|autour[\s\u00A0\u202F]+de|autour[\s\u00A0\u202F]+d['’]|de[\s\u00A0\u202F]+l['’]ordre[\s\u00A0\u202F]+de|de[\s\u00A0\u202F]+l['’]ordre[\s\u00A0\u202F]+d['’]|près[\s\u00A0\u202F]+de|près[\s\u00A0\u202F]+d['’]|presque|quasiment|pas[\s\u00A0\u202F]+moins[\s\u00A0\u202F]+de|pas[\s\u00A0\u202F]+moins[\s\u00A0\u202F]+d['’]|plus[\s\u00A0\u202F]+de|plus[\s\u00A0\u202F]+d['’]|moins[\s\u00A0\u202F]+de|moins[\s\u00A0\u202F]+d['’]|jusqu['’]à|au[\s\u00A0\u202F]+moins|au[\s\u00A0\u202F]+plus|à[\s\u00A0\u202F]+partir[\s\u00A0\u202F]+de|à[\s\u00A0\u202F]+partir[\s\u00A0\u202F]+d['’]|dès|au-delà[\s\u00A0\u202F]+de|au-delà[\s\u00A0\u202F]+d['’]|supérieur[\s\u00A0\u202F]+à|supérieure[\s\u00A0\u202F]+à|supérieurs[\s\u00A0\u202F]+à|supérieures[\s\u00A0\u202F]+à|inférieur[\s\u00A0\u202F]+à|inférieure[\s\u00A0\u202F]+à|aux[\s\u00A0\u202F]+alentours[\s\u00A0\u202F]+de|aux[\s\u00A0\u202F]+alentours[\s\u00A0\u202F]+d['’]|estimé[\s\u00A0\u202F]+à|estimée[\s\u00A0\u202F]+à|estimés[\s\u00A0\u202F]+à|estimées[\s\u00A0\u202F]+à|évalué[\s\u00A0\u202F]+à|évaluée[\s\u00A0\u202F]+à|dépasse|dépassent|dépassant|dépasser|approche[\s\u00A0\u202F]+les|approchant[\s\u00A0\u202F]+les|frôle[\s\u00A0\u202F]+les))[\s\u00A0\u202F]*$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern147 { get; }

    private static Regex[] Generated() => [Pattern0, Pattern1, Pattern2, Pattern3, Pattern4, Pattern5, Pattern6, Pattern7, Pattern8, Pattern9, Pattern10, Pattern11, Pattern12, Pattern13, Pattern14, Pattern15, Pattern16, Pattern17, Pattern18, Pattern19, Pattern20, Pattern21, Pattern22, Pattern23, Pattern24, Pattern25, Pattern26, Pattern27, Pattern28, Pattern29, Pattern30, Pattern31, Pattern32, Pattern33, Pattern34, Pattern35, Pattern36, Pattern37, Pattern38, Pattern39, Pattern40, Pattern41, Pattern42, Pattern43, Pattern44, Pattern45, Pattern46, Pattern47, Pattern48, Pattern49, Pattern50, Pattern51, Pattern52, Pattern53, Pattern54, Pattern55, Pattern56, Pattern57, Pattern58, Pattern59, Pattern60, Pattern61, Pattern62, Pattern63, Pattern64, Pattern65, Pattern66, Pattern67, Pattern68, Pattern69, Pattern70, Pattern71, Pattern72, Pattern73, Pattern74, Pattern75, Pattern76, Pattern77, Pattern78, Pattern79, Pattern80, Pattern81, Pattern82, Pattern83, Pattern84, Pattern85, Pattern86, Pattern87, Pattern88, Pattern89, Pattern90, Pattern91, Pattern92, Pattern93, Pattern94, Pattern95, Pattern96, Pattern97, Pattern98, Pattern99, Pattern100, Pattern101, Pattern102, Pattern103, Pattern104, Pattern105, Pattern106, Pattern107, Pattern108, Pattern109, Pattern110, Pattern111, Pattern112, Pattern113, Pattern114, Pattern115, Pattern116, Pattern117, Pattern118, Pattern119, Pattern120, Pattern121, Pattern122, Pattern123, Pattern124, Pattern125, Pattern126, Pattern127, Pattern128, Pattern129, Pattern130, Pattern131, Pattern132, Pattern133, Pattern134, Pattern135, Pattern136, Pattern137, Pattern138, Pattern139, Pattern140, Pattern141, Pattern142, Pattern143, Pattern144, Pattern145, Pattern146, Pattern147];
}
