// Loaded by the first cell of every notebook: the kit's library, referenced in one place.
// Build it first (dotnet build lib/Research.Notebooks -c Release); `research run` builds it itself.
// A `using` written here would not reach the notebook's cells (C# scripting keeps a loaded file's usings to
// itself), so the first cell says `using Research;` after loading this file.
#r "../lib/Research.Notebooks/bin/Release/net10.0/Research.dll"
