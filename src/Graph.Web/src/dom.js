// A tiny element builder, so views read as structure rather than as a string of createElement calls.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (name in node) node[name] = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== "" && child !== null && child !== undefined) node.append(child);
  return node;
}

export function clear(node) {
  node.replaceChildren();
}
