"""Use cases: each public function is one transaction and one change set."""
