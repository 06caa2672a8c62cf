"""The plan on paper: a PDF document and a temple wall poster, written with Qt's own PDF engine.

QtGui is allowed here (QPdfWriter, QPainter, QTextDocument need a QGuiApplication, offscreen on a
server), QtWidgets never: the command line prints without a window.  The entry point is
:func:`lcplanner.printing.pdf.write_pdf`.
"""
