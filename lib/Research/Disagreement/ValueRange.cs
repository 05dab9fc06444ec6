namespace Research;

/// <summary>
/// What a stated number allows: "more than 13,200" is [13,200, ∞), "14,000" is [14,000, 14,000] rounded to the
/// thousand, "tens of thousands" is [10,000, 99,999] and vague. Two sources' values are compared as ranges.
/// </summary>
/// <param name="Precision">The rounding unit of a stated number (13,000 → 1,000; 13,200 → 100).</param>
/// <param name="Vague">True for quantities like "tens of thousands" or "dozens".</param>
public readonly record struct ValueRange(double Low, double High, double Precision, bool Vague)
{
    public bool IsPoint => Low == High;

    public bool Overlaps(ValueRange other) => Low <= other.High && other.Low <= High;

    /// <summary>Conflict, compatible, different precision, or the same value.</summary>
    public ClaimVerdict Compare(ValueRange other)
    {
        if (Low == other.Low && High == other.High) return ClaimVerdict.Same;
        if (Overlaps(other)) return Vague || other.Vague ? ClaimVerdict.DifferentPrecision : ClaimVerdict.Compatible;
        if (IsPoint && other.IsPoint)
        {
            // 13,200 and 13,000: the finer number, rounded to the coarser one's unit, gives the coarser number.
            var (fine, coarse) = Precision <= other.Precision ? (this, other) : (other, this);
            if (coarse.Precision > fine.Precision && Math.Round(fine.Low / coarse.Precision) * coarse.Precision == coarse.Low)
                return ClaimVerdict.DifferentPrecision;
        }
        return ClaimVerdict.Conflict;
    }

    public override string ToString() =>
        IsPoint ? Show(Low) : double.IsPositiveInfinity(High) ? $"≥ {Show(Low)}" : $"{Show(Low)}–{Show(High)}";

    static string Show(double v) => v.ToString(v % 1 == 0 ? "#,0" : "#,0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How two sources' values of the same quantity relate, from agreeing to contradicting.</summary>
public enum ClaimVerdict
{
    Same,
    Compatible,
    DifferentPrecision,
    Conflict,
}
