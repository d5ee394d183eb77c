"""Reading action-program documents into ``hanhdong.program/1`` dictionaries.

``lines`` turns any input into numbered lines with paragraph and page-break marks;
``outline`` builds the part/area/sub-area tree with its items; ``appendix`` reads the
key-task table (real table cells, or cells extracted one per line from a PDF);
``targets`` finds the quantitative targets; ``document`` puts it all together.
"""
