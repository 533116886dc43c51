namespace FactCheck.Frames;

/// <summary>
/// How a claim is stated. Claims of different statuses are never compared: a forecast is not a result, a bid not the price
/// paid, an earlier figure presented as such not the current one, a figure inside a quotation the speaker's.
/// </summary>
public enum ClaimStatus
{
    /// <summary>Stated as a fact.</summary>
    Fact,
    /// <summary>"expected", "prévu", "devrait": what will or should happen.</summary>
    Forecast,
    /// <summary>"target", "objectif": what someone aims at.</summary>
    Target,
    /// <summary>"proposed", "projet de loi": what someone proposes.</summary>
    Proposal,
    /// <summary>"offer", "bid", "offre": what someone offers, not what was paid.</summary>
    Offer,
    /// <summary>"an estimated", "estimé à": an estimate.</summary>
    Estimate,
    /// <summary>"provisional", "résultats partiels": a figure that may still change.</summary>
    Provisional,
    /// <summary>"initially", "un précédent bilan": an earlier figure presented as such.</summary>
    Earlier,
    /// <summary>"up from", "contre", "vs": the value another figure is compared with.</summary>
    Counterpart,
    /// <summary>"reportedly", the French conditional ("coûterait"): hearsay.</summary>
    Rumour,
    /// <summary>"would have cost", "aurait pu": what did not happen.</summary>
    Hypothetical,
    /// <summary>"denied", "démenti": a figure the source rejects.</summary>
    Denial,
    /// <summary>Inside someone's quotation.</summary>
    Quoted,
}
