"""Training code for Kronika's statistical components (run offline; artefacts go to kronika/models)."""
