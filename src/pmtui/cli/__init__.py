"""The ``pmtui`` command line: thin commands over the model, format and store layers."""
