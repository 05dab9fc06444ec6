namespace Research.Tests.Frames;

using Research;

/// <summary>Every table of the seed corpus, built once for the frame tests.</summary>
public sealed class SeedFrames
{
    public Corpus Corpus { get; } = Corpus.Load(RepoPaths.Seed);
    public CorpusFrames Frames { get; }

    public SeedFrames() => Frames = CorpusFrames.Build(Corpus);
}
