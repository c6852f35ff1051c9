"""The trajectory page of the panel: a target picker (type a code or words, accents
optional) above the trajectory plot. Its choices come from the panel (fed, never fetched)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dxdesk.core.services.series import TargetChoice
from dxdesk.gui import labels
from dxdesk.gui.plots import style, texts
from dxdesk.gui.plots.texts import t
from dxdesk.gui.plots.trajectory import TrajectoryPlot
from dxdesk.gui.qtcompat import emit
from dxdesk.gui.widgets.fields import CodePicker


class TrajectoryPage(QWidget):
    """A picker of targets and the chosen target's trajectory."""

    picked = Signal(str)  # a target code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._choices: list[TargetChoice] | None = None
        self.picker: CodePicker | None = None
        self.top = QHBoxLayout()
        self.top.setContentsMargins(4, 2, 4, 0)
        self.top.addWidget(QLabel(t(texts.PICK_TARGET), self))
        self.plot = TrajectoryPlot(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.top)
        layout.addWidget(self.plot, 1)

    def set_choices(self, choices: list[TargetChoice], current: str | None) -> None:
        """Offer ``choices`` (a band dot before each), with ``current`` chosen."""
        if choices is not self._choices:
            self._choices = choices
            if self.picker is not None:
                self.top.removeWidget(self.picker)
                self.picker.deleteLater()
            self.picker = CodePicker([(c.code, c.text) for c in choices], self, allow_empty=False)
            for i, choice in enumerate(choices):
                self.picker.setItemIcon(i, labels.dot(style.BAND[choice.band]))
            self.picker.activated.connect(self._activated)
            self.picker.lineEdit().returnPressed.connect(self._activated)
            self.top.addWidget(self.picker, 1)
        if current:
            self.picker.blockSignals(True)
            self.picker.set_value(current)
            self.picker.blockSignals(False)

    def _activated(self, *_args: object) -> None:
        code = self.picker.value() if self.picker is not None else None
        if code:
            emit(self.picked, code)
