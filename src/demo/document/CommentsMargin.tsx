import type { ReactElement } from "react";
import { paragraphText, type CommentNode } from "../../fake-word";
import { excerpt } from "./labels";
import { useCommentStyles } from "./styles";

/**
 * The margin beside the page, as Word's comments pane: each comment with its author, its words
 * and the start of the paragraph it is on, placed level with that paragraph (see
 * useCommentPlacement); "No comments." when there are none.
 */

export interface CommentsMarginProps {
  comments: readonly CommentNode[];
  /** Each comment's distance from the top of the page, by id; one not yet measured is hidden. */
  tops: Readonly<Record<string, number>>;
  /** How tall the margin must be to hold its comments, in pixels. */
  minHeight: number;
  /** The ref callback for a comment's element, so that it can be measured. */
  register(id: string, element: HTMLElement | null): void;
}

export function CommentsMargin({ comments, tops, minHeight, register }: CommentsMarginProps): ReactElement {
  const styles = useCommentStyles();
  return (
    <aside className={styles.margin} aria-label="Comments" style={{ minHeight: `${minHeight}px` }}>
      {comments.length === 0 ? (
        <p className={styles.noComments}>No comments.</p>
      ) : (
        <ol className={styles.comments}>
          {comments.map((comment) => (
            <CommentView
              key={comment.id}
              comment={comment}
              top={tops[comment.id]}
              register={(element) => register(comment.id, element)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}

function CommentView(props: {
  comment: CommentNode;
  top: number | undefined;
  register(element: HTMLLIElement | null): void;
}): ReactElement {
  const { comment, top } = props;
  const styles = useCommentStyles();
  const on = excerpt(paragraphText(comment.anchor.start.paragraph), 32);
  return (
    <li
      ref={props.register}
      className={styles.comment}
      style={top === undefined ? { visibility: "hidden" } : { top: `${top}px` }}
      data-author={comment.authorName}
    >
      <p className={styles.commentAuthor}>{comment.authorName}</p>
      <p className={styles.commentText}>{comment.content}</p>
      {on && <p className={styles.commentOn}>On: “{on}”</p>}
    </li>
  );
}
