PART = "part of shadow_pkg"
