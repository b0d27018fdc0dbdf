"""The default Jinja2 templates, shipped inside the wheel as ``medlofte.templates``."""
