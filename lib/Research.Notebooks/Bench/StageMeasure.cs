namespace Research.Notebooks.Bench;

/// <summary>What one stage cost on one dataset: wall time, throughput and the process's peak memory after it.</summary>
public sealed record StageMeasure(string Dataset, string Stage, int Cores, int Articles, long Bytes, double Seconds, long PeakMegabytes)
{
    public double ArticlesPerSecond => Seconds > 0 ? Articles / Seconds : double.PositiveInfinity;
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1e6 / Seconds : double.PositiveInfinity;
}
