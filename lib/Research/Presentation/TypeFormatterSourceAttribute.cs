namespace Research;

/// <summary>
/// Names the formatter source of a type shown in notebooks. .NET Interactive (Polyglot Notebooks) and the kit's own
/// runner both find it by its class name, in any namespace: that is the whole contract, no package needed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;
    public string[]? PreferredMimeTypes { get; set; }
}
