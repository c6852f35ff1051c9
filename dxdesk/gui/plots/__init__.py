"""Progress plots of the overview page and of ``dxdesk plot`` (pyqtgraph), fed series only.

Importing this package is cheap: pyqtgraph (~0.3–0.5 s to import) is loaded by ``_pg`` when
a plot is first built, never at start-up. Each plot widget receives a series of
``dxdesk.core.services.series`` and never queries. Entry points: ``panel.install_plots`` (the
overview), ``offscreen.render`` (``dxdesk plot``); ``dxdesk.bench.plots_entries`` times them.
See docs/plots.md.
"""
