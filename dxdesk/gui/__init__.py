"""The Qt layer. Importing it first applies the binding work-arounds of ``qtcompat``."""

from dxdesk.gui import qtcompat  # noqa: F401 - before the other GUI modules are imported
