"""The account form: every Company field, validated before anything is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import (
    BuyingTimeframe,
    Company,
    CompanyKind,
    Competitor,
    GrowthPotential,
    RelationshipHealth,
)
from planner.ui import display
from planner.ui.dialogs.address_box import AddressBox
from planner.ui.dialogs.fields import (
    FieldError,
    OptionalDateEdit,
    combo_value,
    enum_combo,
    format_number,
    parse_date_text,
    parse_number,
)
from planner.ui.dialogs.form_dialog import FormDialog


class CompanyDialog(FormDialog[Company]):
    """Create or edit an account; `save` is called with the new value before the dialog closes.

    When validation or `save` fails the dialog stays open with the message shown, so the
    rep can correct it and nothing is half-saved.
    """

    def __init__(
        self,
        company: Company | None,
        save: Callable[[Company], object],
        today: date,
        industries: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._original = company or Company(name="")
        c = self._original
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=c.name) if company else self.tr("New account")
        )

        self.name_edit = QLineEdit(c.name, self)
        self.name_edit.setPlaceholderText(self.tr("Company name (required)"))
        self.kind_combo = enum_combo(CompanyKind, c.kind, self)
        self.industry_edit = QLineEdit(c.industry, self)
        if industries:
            completer = QCompleter(sorted(set(industries)), self.industry_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.industry_edit.setCompleter(completer)
        self.website_edit = QLineEdit(c.website, self)
        self.website_edit.setPlaceholderText(self.tr("https://…"))
        self.timeframe_combo = enum_combo(BuyingTimeframe, c.buying_timeframe, self)
        self.growth_combo = enum_combo(GrowthPotential, c.growth_potential, self)
        self.margin_edit = _amount(format_number(c.margin_percent, 1), "0–100", self)
        unknown = self.tr("Unknown")
        self.deal_edit = _amount(format_number(c.expected_deal_size), unknown, self)
        self.revenue_edit = _amount(format_number(c.our_annual_revenue), unknown, self)
        self.wallet_edit = _amount(format_number(c.estimated_annual_wallet), unknown, self)
        self.start_edit = OptionalDateEdit(self.tr("Known"), c.contract_start, today, self)
        self.end_edit = OptionalDateEdit(self.tr("Known"), c.contract_end, today, self)
        notice = format_number(c.renewal_notice_days)
        self.notice_edit = _amount(notice, self.tr("Days before the end"), self)
        self.health_combo = enum_combo(RelationshipHealth, c.health, self)
        self.health_reason_edit = QLineEdit(c.health_reason, self)
        self.health_reason_edit.setPlaceholderText(
            self.tr("e.g. service problems, a competitor circling, a champion leaving")
        )
        self.notes_edit = QPlainTextEdit(c.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        self.competitors_table = QTableWidget(0, 3, self)
        self.competitors_table.setHorizontalHeaderLabels(
            [self.tr("Competitor"), self.tr("Supplies"), self.tr("Contract end (YYYY-MM-DD)")]
        )
        header = self.competitors_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.competitors_table.verticalHeader().hide()
        self.competitors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.competitors_table.setFixedHeight(120)
        for competitor in c.competitors:
            self.add_competitor_row(competitor)
        self.add_competitor_button = QPushButton(self.tr("Add competitor"), self)
        self.remove_competitor_button = QPushButton(self.tr("Remove"), self)
        self.add_competitor_button.clicked.connect(self._on_add_competitor_clicked)
        self.remove_competitor_button.clicked.connect(self._on_remove_competitor_clicked)

        self.address_box = AddressBox(c, self)
        self._make_buttons()

        account = QGroupBox(self.tr("Account"), self)
        form = QFormLayout(account)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Industry"), self.industry_edit)
        form.addRow(self.tr("&Website"), self.website_edit)

        segment = QGroupBox(self.tr("Segmentation"), self)
        form = QFormLayout(segment)
        form.addRow(self.tr("&Buying timeframe"), self.timeframe_combo)
        form.addRow(self.tr("&Growth potential"), self.growth_combo)
        form.addRow(self.tr("&Margin %"), self.margin_edit)
        form.addRow(self.tr("&Deal size"), self.deal_edit)
        form.addRow(self.tr("Our annual &revenue"), self.revenue_edit)
        form.addRow(self.tr("Their annual &wallet"), self.wallet_edit)

        contract = QGroupBox(self.tr("Contract and relationship"), self)
        form = QFormLayout(contract)
        form.addRow(self.tr("Contract start"), self.start_edit)
        form.addRow(self.tr("Contract end"), self.end_edit)
        form.addRow(self.tr("Renewal &notice (days)"), self.notice_edit)
        form.addRow(self.tr("&Health"), self.health_combo)
        form.addRow(self.tr("Health reason"), self.health_reason_edit)

        competitors = QGroupBox(self.tr("Incumbent competitors"), self)
        box = QVBoxLayout(competitors)
        box.addWidget(self.competitors_table)
        row = QHBoxLayout()
        row.addWidget(self.add_competitor_button)
        row.addWidget(self.remove_competitor_button)
        row.addStretch(1)
        box.addLayout(row)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(account)
        left.addWidget(segment)
        left.addWidget(self.address_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(contract)
        right.addWidget(competitors)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        notes = QFormLayout()
        notes.addRow(self.tr("N&otes"), self.notes_edit)
        layout.addLayout(notes)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        self.resize(860, 0)

    def add_competitor_row(self, competitor: Competitor | None = None) -> None:
        row = self.competitors_table.rowCount()
        self.competitors_table.insertRow(row)
        c = competitor or Competitor(name="")
        end = c.contract_end.isoformat() if c.contract_end else ""
        for column, text in enumerate((c.name, c.supplies, end)):
            self.competitors_table.setItem(row, column, QTableWidgetItem(text))

    def _on_add_competitor_clicked(self) -> None:
        self.add_competitor_row()
        row = self.competitors_table.rowCount() - 1
        self.competitors_table.setCurrentCell(row, 0)
        item = self.competitors_table.item(row, 0)
        if item is not None:
            self.competitors_table.editItem(item)

    def _on_remove_competitor_clicked(self) -> None:
        rows = {index.row() for index in self.competitors_table.selectedIndexes()}
        if not rows and self.competitors_table.currentRow() >= 0:
            rows = {self.competitors_table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.competitors_table.removeRow(row)

    def _competitors(self) -> tuple[Competitor, ...]:
        result = []
        table = self.competitors_table
        for row in range(table.rowCount()):
            cells = [table.item(row, col) for col in range(3)]
            name, supplies, end = (cell.text().strip() if cell else "" for cell in cells)
            if not (name or supplies or end):
                continue
            if not name:
                raise FieldError(
                    self.tr("Competitor row {row} needs a name.").format(
                        row=display.number(row + 1)
                    ),
                    table,
                )
            try:
                when = parse_date_text(end, name, table)
            except FieldError:
                message = self.tr(
                    "The contract end of {name} must be a date like 2027-03-31, or left empty."
                )
                raise FieldError(message.format(name=name), table) from None
            result.append(Competitor(name, supplies, when))
        return tuple(result)

    def company(self) -> Company:
        """The account as the form describes it; raises FieldError with what to fix."""
        name = self.name_edit.text().strip()
        if not name:
            raise FieldError(self.tr("The account needs a name."), self.name_edit)
        margin = parse_number(self.margin_edit.text(), self.tr("Margin %"), self.margin_edit)
        if margin is not None and not 0 <= margin <= 100:
            raise FieldError(self.tr("Margin % must be between 0 and 100."), self.margin_edit)
        amounts = []
        for edit, what, negative in (
            (self.deal_edit, self.tr("Deal size"), self.tr("Deal size cannot be negative.")),
            (
                self.revenue_edit,
                self.tr("Our annual revenue"),
                self.tr("Our annual revenue cannot be negative."),
            ),
            (
                self.wallet_edit,
                self.tr("Their annual wallet"),
                self.tr("Their annual wallet cannot be negative."),
            ),
        ):
            value = parse_number(edit.text(), what, edit)
            if value is not None and value < 0:
                raise FieldError(negative, edit)
            amounts.append(value)
        notice = parse_number(
            self.notice_edit.text(), self.tr("Renewal notice"), self.notice_edit, whole=True
        )
        if notice is not None and notice < 0:
            raise FieldError(self.tr("Renewal notice cannot be negative."), self.notice_edit)
        start, end = self.start_edit.value(), self.end_edit.value()
        if start and end and end < start:
            raise FieldError(
                self.tr("The contract cannot end before it starts."), self.end_edit.edit
            )
        located = self.address_box.apply(self._original)
        return located.replace(
            name=name,
            kind=combo_value(self.kind_combo, CompanyKind),
            industry=self.industry_edit.text().strip(),
            website=self.website_edit.text().strip(),
            buying_timeframe=combo_value(self.timeframe_combo, BuyingTimeframe),
            growth_potential=combo_value(self.growth_combo, GrowthPotential),
            margin_percent=margin,
            expected_deal_size=amounts[0],
            our_annual_revenue=amounts[1],
            estimated_annual_wallet=amounts[2],
            contract_start=start,
            contract_end=end,
            renewal_notice_days=None if notice is None else int(notice),
            health=combo_value(self.health_combo, RelationshipHealth),
            health_reason=self.health_reason_edit.text().strip(),
            competitors=self._competitors(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def value(self) -> Company:
        return self.company()


def _amount(text: str, placeholder: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(placeholder)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit
