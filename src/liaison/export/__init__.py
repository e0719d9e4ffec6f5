"""Export stage: write the resolved record in the formats users' tools read."""
