namespace Research;

/// <summary>A hand-annotated quote to score against: file name, quoted words, speaker and names also accepted (`*any*`: not checked).</summary>
public sealed record GoldQuote(string Doc, string Text, string? Speaker, IReadOnlyList<string> AlsoAccept);

/// <summary>A predicted quote as the scorer sees it.</summary>
public sealed record PredictedQuote(string Doc, string Text, string? Speaker);

/// <summary>Precision, recall, F1 and speaker accuracy (on matched quotes whose speaker is checkable).</summary>
/// <param name="SpeakerHeadRight">Speakers right by the gold span's head name: the span cut before an apposition or a
/// qualifier ("Kenneth Baer, a former official who runs X" is Baer). Reported beside, never instead of, the scorer's rule.</param>
public sealed record QuoteScore(int Gold, int Predicted, int Matched, double Precision, double Recall, double F1, int SpeakerRight, int SpeakerChecked, int SpeakerHeadRight = 0)
{
    public double SpeakerAccuracy => SpeakerRight / (double)Math.Max(1, SpeakerChecked);
    public double SpeakerHeadAccuracy => SpeakerHeadRight / (double)Math.Max(1, SpeakerChecked);

    public override string ToString() =>
        $"gold={Gold} pred={Predicted} matched={Matched} precision={Precision:0.000} recall={Recall:0.000} f1={F1:0.000} speaker_acc={SpeakerAccuracy:0.000} (of {SpeakerChecked})";
}
