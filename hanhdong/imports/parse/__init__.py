"""Reading program and plan documents into ``hanhdong.program/1`` dictionaries.

``lines`` turns any input into numbered lines with paragraph and page-break marks;
``outline`` builds the tree of numbered headings (any style, any nesting) with its items;
``tables`` reads key-task tables given as rows of cells (Word, ruled PDF, cells copied from
a web page; ``pdf_layout`` rebuilds a PDF table printed without ruling), ``appendix`` those
extracted from a PDF as text (one cell a line, or laid out with spaces); ``wording`` reads
key tasks from the items of a document without a table; ``targets`` finds the quantitative
targets; ``header`` the issuer, number, date, title, term and signature; ``document`` puts
it all together.
"""
