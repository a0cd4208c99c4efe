import { describe } from "node:test";
import { ARTICLE, ARTICLE_HTML, itReadsPages, page } from "./testing.ts";

const H1 = `<div class="title-wrap"><h1 class="post-title">Lũ quét ở bản Nà Lếch</h1><span class="date">9/8/2025 06:30</span></div>`;
const SIDE = "Giá cà phê hôm nay tăng mạnh ở Tây Nguyên";
const SIDE_2 = "Sơn Vĩ khai trương tuyến xe buýt điện đầu tiên";
/** A side column in the sticky wrapper that WordPress themes give to both columns. */
const STICKY_SIDE = `<div class="col-4"><div class="theiaStickySidebar"><div class="widget"><h3>Tin mới</h3><ul><li><a>${SIDE}</a></li><li><a>${SIDE_2}</a></li></ul></div></div></div>`;
const COMMENT = "Mong bà con bản Nà Lếch sớm ổn định cuộc sống, nhà nước cần hỗ trợ dựng lại nhà.";
const COMMENTS = Array.from(
  { length: 6 },
  (_, i) =>
    `<div class="item"><p>${COMMENT} Ý kiến thứ ${i + 1} của bạn đọc gửi về tòa soạn.</p></div>`,
).join("");

/** The headline above, a wrapper named `names` around the article, a side column beside it. */
function wrapped(attributes: string, extra = ""): string {
  return page(
    `<div class="container">${H1}<div class="row"><div class="col-8"><div ${attributes}><div class="post-content">${ARTICLE_HTML}</div>${extra}</div></div>${STICKY_SIDE}</div></div>`,
  );
}

describe("htmlToText keeps a wrapper named like a side column or comments that holds the article under an <h1> above it", () => {
  itReadsPages([
    [
      "a sticky-sidebar wrapper (theiaStickySidebar)",
      wrapped(`class="theiaStickySidebar"`),
      [...ARTICLE],
      [SIDE, SIDE_2, "Tin mới"],
    ],
    [
      "detail-content sidebar-fix",
      wrapped(`class="detail-content sidebar-fix"`),
      [...ARTICLE],
      [SIDE, SIDE_2],
    ],
    [
      "an id naming a comment area",
      wrapped(`id="main-comment-area"`),
      [...ARTICLE],
      [SIDE, SIDE_2],
    ],
    [
      "WordPress post classes naming a category",
      wrapped(`class="post-12 type-post category-binh-luan"`),
      [...ARTICLE],
      [SIDE],
    ],
    ["content-area has-sidebar", wrapped(`class="content-area has-sidebar"`), [...ARTICLE], [SIDE]],
    [
      "the comment box inside the kept wrapper still goes",
      wrapped(
        `class="theiaStickySidebar"`,
        `<div class="box-binhluan"><h3>Bình luận</h3><p>${COMMENT}</p></div>`,
      ),
      [...ARTICLE],
      [COMMENT, "Bình luận", SIDE],
    ],
    [
      "a text-to-speech row between the headline and the wrapper goes, the wrapper stays",
      page(`${H1}<div class="tts-player">Nghe bài viết 00:00 / 03:25 Giọng nữ miền Bắc Tốc độ 1x</div>
<div class="theiaStickySidebar">${ARTICLE_HTML}</div>${STICKY_SIDE}`),
      [...ARTICLE],
      ["Nghe bài viết", SIDE],
    ],
    [
      "a wrapper with most of the paragraphs, under half the text beside a long menu of links",
      page(`<div class="menu">${Array.from({ length: 60 }, (_, i) => `<a>Chuyên mục số ${i}</a>`).join(" ")}</div>
${H1}<div class="sidebar-fix">${ARTICLE_HTML}</div>${STICKY_SIDE}`),
      [...ARTICLE],
      [SIDE],
    ],
    [
      "an article of <div>s and <br>, no <p>",
      page(
        `${H1}<div class="theiaStickySidebar"><div class="text">${ARTICLE.join("<br><br>")}</div></div>${STICKY_SIDE}`,
      ),
      [...ARTICLE],
      [SIDE],
    ],
  ]);
});

describe("htmlToText still leaves out a column or comments that hold more text than the article", () => {
  itReadsPages([
    [
      "a comment box with more paragraphs than the article below it",
      page(
        `${H1}<div class="content">${ARTICLE_HTML}</div><div class="box-binhluan"><h3>Ý kiến bạn đọc</h3>${COMMENTS}</div>`,
      ),
      [...ARTICLE],
      [COMMENT, "Ý kiến bạn đọc"],
    ],
    [
      "a sidebar of teasers longer than the article beside it",
      page(
        `${H1}<div class="content"><p>${ARTICLE[0]}</p></div><div class="sidebar">${Array.from(
          { length: 6 },
          (_, i) =>
            `<p>${SIDE}: tin thứ ${i + 1}, cập nhật lúc 9 giờ sáng nay tại các chợ đầu mối.</p>`,
        ).join("")}</div>`,
      ),
      [ARTICLE[0]],
      [SIDE],
    ],
  ]);
});
