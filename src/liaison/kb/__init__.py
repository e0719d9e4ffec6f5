"""Reference knowledge every stage may read: the gazetteer of parties, bodies and known people."""
