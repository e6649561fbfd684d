"""The detail panels' lists keep every column in view in a narrow panel."""

from __future__ import annotations

from planner.ui.widgets.detail_parts import FittedTree


def test_a_narrow_list_keeps_its_dates_whole_and_cuts_the_long_texts(qtbot) -> None:
    tree = FittedTree(("Company", "Title", "From", "To"), stretch=1)
    qtbot.addWidget(tree)
    tree.resize(330, 100)
    tree.show()
    tree.set_rows(
        [
            (
                "Westbrook Outfitters Holdings Ltd",
                "Chief Procurement Officer",
                "29 Dec 2020",
                "Current",
            )
        ]
    )
    header = tree.header()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths) <= tree.viewport().width()  # nothing beyond the right edge
    for column in (2, 3):  # the dates stay whole
        assert widths[column] >= tree.sizeHintForColumn(column)
    assert min(widths[0], widths[1]) >= 60  # the long ones keep a readable part

    tree.resize(900, 100)  # room to spare: nothing is cut, the title takes the rest
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert all(widths[c] >= tree.sizeHintForColumn(c) for c in range(4))
    assert widths[1] == max(widths)
