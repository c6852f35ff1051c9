"""The tests' throwaway PostgreSQL cluster: the bench's (dxdesk/bench/pgcluster.py)."""

from dxdesk.bench.pgcluster import ACCOUNT, TEMPLATE, Cluster, find_bindir, start_cluster

__all__ = ["ACCOUNT", "TEMPLATE", "Cluster", "find_bindir", "start_cluster"]
