"""Drawing with Qt's painting classes (QtGui and QtSvg, no widgets): the annotated PDF's page
layout, and the relay graph's picture (`relay_picture`).

Sits between `viewer.export`, which describes a PDF as plain data and never imports Qt, and
`viewer.ui`. Whoever exports a PDF (the CLI, the window, the selftest, the bench) passes
`pdf_layout.render` to `viewer.export.pdf.export_pdf` as an argument; nothing registers itself.
"""
