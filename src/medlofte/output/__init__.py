"""Turning views and findings into text and files' contents: Markdown, HTML and PDF through
the templates, CSV, JSON, terminal tables, the finding reporters and the JSON Schemas.
The only place that imports rich, jinja2 or weasyprint."""
