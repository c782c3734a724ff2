import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Read by screen readers, not drawn: the usual one-pixel clip. `position` is the caller's: a live
 * region is fixed (absolute after long content would stretch the page), text inside a line is
 * absolute.
 */
export const visuallyHidden: GriffelStyle = {
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0, 0, 0, 0)",
  whiteSpace: "nowrap",
  border: 0,
};
