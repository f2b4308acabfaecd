"""Document templates: each function writes one kind of clinical document for one case."""
