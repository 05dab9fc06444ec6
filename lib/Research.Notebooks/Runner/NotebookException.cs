namespace Research.Notebooks.Runner;

/// <summary>A notebook that cannot be run as given (not JSON, not nbformat 4): the message names the file and what to do.</summary>
public sealed class NotebookException(string message) : Exception(message);
