using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Research.Notebooks.Runner;

/// <summary>
/// Resolves `#r "…/Research.dll"` to the copy of that library the runner itself has loaded, whatever folder or build
/// configuration the path names: the notebook and the runner then share one set of types (one `Table`, one `Corpus`),
/// and a notebook runs under the runner even before the configuration its `#r` names was built. Other references
/// resolve relative to the notebook's folder, as in Polyglot Notebooks.
/// </summary>
internal sealed class HostAssemblyResolver(MetadataReferenceResolver inner) : MetadataReferenceResolver
{
    readonly MetadataReferenceResolver inner = inner;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            var name = Path.GetFileNameWithoutExtension(reference);
            var loaded = AppDomain.CurrentDomain.GetAssemblies()
                .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase));
            if (loaded is not null) return [MetadataReference.CreateFromFile(loaded.Location, properties)];
        }
        return inner.ResolveReference(reference, baseFilePath, properties);
    }

    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is HostAssemblyResolver h && h.inner.Equals(inner);
    public override int GetHashCode() => inner.GetHashCode();
}
