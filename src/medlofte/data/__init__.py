"""The data stage: strict YAML, the declared formats, the model, loading a data directory,
the checks across files and the actor registry. It knows nothing of views or output."""
