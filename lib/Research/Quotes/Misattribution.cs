namespace Research;

/// <summary>
/// A doubt about who said a quote: a cluster whose sources name different people (`different-speakers`), a person and the
/// lawyer or spokesperson the articles say speaks for them (`on-behalf`, the person first), a person and
/// an organisation, outlet or place, or only such bodies (`person-and-organisation`: "Hua Chunying" and "Beijing"), or a quote one speaker
/// relays from another (`nested`, "..., said President Putin, “Lavrov said."), with the sentences as evidence.
/// </summary>
public sealed record Misattribution(string Kind, string Cluster, IReadOnlyList<string> Speakers, IReadOnlyList<string> Quotes, IReadOnlyList<EvidenceSentence> Evidence);

/// <summary>A sentence that shows an attribution, with the article and outlet it comes from.</summary>
public sealed record EvidenceSentence(string Article, string Outlet, string Text);
