# Indentation with tabs and with different numbers of spaces per block.

def tabbed(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
		else:
			total -= 1
	return total

print(tabbed(10))

def two_spaces(x):
  if x:
    return "two"
  return "none"

def eight_spaces(x):
        if x:
                return "eight"
        return "none"

def mixed_levels(x):
    if x > 0:
            return "deep block"
    else:
     return "shallow block"

print(two_spaces(1), eight_spaces(1), mixed_levels(1), mixed_levels(-1))

class K:
	def method(self):
		return "tab class"

print(K().method())

if True:
        if True:
                print("nested with 8")
        print("back to 8")
print("top level")

# a block after a line continuation keeps the indentation of the statement
def cont(a, b):
    if a and \
            b:
        return "both"
    return "not both"

print(cont(1, 1), cont(1, 0))

# blank lines and comment lines inside a block do not end it
def with_blanks():
    x = 1

    # comment at a different indentation
        # and deeper

    x += 1
    return x

print(with_blanks())
