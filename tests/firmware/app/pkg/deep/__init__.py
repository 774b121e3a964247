NAME = "pkg.deep"
