"""Importing last year's promise: a Word, PDF, web page or text file into a draft data folder.

Three steps, each its own module: a reader per file type turns the file into blocks with
their structure (``readers``: headings, paragraphs, list items, tables); the recogniser
reads the promise out of the blocks (``recognise``, with the words of Swedish promises in
``vocabulary`` and the facts of one sentence in ``facts``), keeping every sentence and
noting every guess; the writer turns the draft into YAML with ``# import:`` comments
(``yamlout``). No network and no model: only rules a coordinator can check.
"""
