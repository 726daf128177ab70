namespace Stemma.Judgement;

/// <summary>How much of an article derives from its sources: METER's three classes (Gaizauskas et al. 2001).</summary>
public enum Verdict
{
    /// <summary>Not derived (METER ND): written independently, whatever facts it shares.</summary>
    None,

    /// <summary>Partially derived (METER PD): some passages taken, the rest the writer's own.</summary>
    Partially,

    /// <summary>Wholly derived (METER WD): the article is the source's text, edited, cut or rewritten.</summary>
    Wholly,
}
