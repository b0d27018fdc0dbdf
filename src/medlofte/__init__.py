"""medlofte: Swedish medborgarlöften (citizen promises) as version-controlled YAML."""

__version__ = "0.1.0"
