import { describe } from "node:test";
import { ARTICLE, ARTICLE_HTML, itReadsPages, page } from "./testing.ts";

const COMMENT = "Mong bà con bản Nà Lếch sớm ổn định cuộc sống, nhà nước cần hỗ trợ dựng lại nhà.";
const COMMENT_2 =
  "Năm nào mùa mưa cũng sạt lở, chính quyền phải di dời dân ra khỏi ven suối từ sớm.";
const COMMENT_3 = "Nhà tôi ở bản bên cạnh, đêm qua nước suối lên nhanh lắm, cả bản thức trắng đêm.";
const RELATED = "Sạt lở đất vùi lấp tỉnh lộ 127 ở Sơn Vĩ";
const SIDE = "Giá cà phê hôm nay tăng mạnh ở Tây Nguyên";
/** A line beside the article that Readability leaves out and the streamed body keeps. */
const FOLLOW = "Theo dõi Báo Sơn Vĩ trên mạng xã hội để nhận tin nhanh nhất";

describe("htmlToText leaves out comment boxes, related stories and side columns", () => {
  itReadsPages([
    [
      "a comment box named in Vietnamese (box-binhluan, item-bl) after a div.noidung body",
      page(`<div class="detail"><h1>Lũ quét ở bản Nà Lếch</h1><div class="noidung">${ARTICLE_HTML}</div>
<div class="box-binhluan"><div class="title">Ý kiến bạn đọc (3)</div>
<div class="item-bl"><p class="noidung-bl">${COMMENT}</p><p class="ten">Lò Thị Hạnh</p><span>09:12 9/8/2025</span> <a>Trả lời</a> <a>Thích (12)</a></div>
<div class="item-bl"><p class="noidung-bl">${COMMENT_2}</p><p class="ten">Khách</p><span>09:40 9/8/2025</span> <a>Trả lời</a> <a>Thích (3)</a></div>
<div class="item-bl"><p class="noidung-bl">${COMMENT_3}</p><p class="ten">Hà Văn Nam</p><span>10:05 9/8/2025</span> <a>Trả lời</a></div></div></div>`),
      [...ARTICLE],
      [COMMENT, COMMENT_2, COMMENT_3, "Ý kiến bạn đọc", "Lò Thị Hạnh", "Trả lời", "Thích (12)"],
    ],
    [
      "a related-stories box inside the body (box-tinlienquanv2) and one of other stories (tin-khac)",
      page(`<h1>Lũ quét ở bản Nà Lếch</h1><article class="content-detail"><p>${ARTICLE[0]}</p>
<div class="box-tinlienquanv2 width_common"><p>Xem thêm</p><ul><li><a>${RELATED}</a></li></ul></div>
<p>${ARTICLE[1]}</p><p>${ARTICLE[2]}</p></article>
<div class="tin-khac"><h3>Tin khác</h3><ul><li><a>${SIDE}</a></li></ul></div>`),
      [...ARTICLE],
      [RELATED, "Xem thêm", SIDE, "Tin khác"],
    ],
    [
      "a column named sidebar that holds the headline and the article is kept, its comments are not",
      page(`<div class="sidebar-1"><ul class="breadcrumb"><li><a>Thời sự</a></li></ul>
<h1>Lũ quét ở bản Nà Lếch</h1><article class="fck_detail">${ARTICLE_HTML}</article>
<div class="box_comment_vne" id="box_comment_vne"><h3>Ý kiến (1)</h3><p>${COMMENT}</p></div></div>
<div class="sidebar-2"><h3>Xem nhiều</h3><ul><li><a>${SIDE}</a></li></ul></div>`),
      [...ARTICLE],
      [COMMENT, "Ý kiến (1)", SIDE, "Xem nhiều", "Thời sự"],
    ],
    [
      "comments by id and an <aside> beside an article in <main>",
      page(`<main><h2>Lũ quét ở bản Nà Lếch</h2>${ARTICLE_HTML}</main>
<section id="comments"><h3>Bình luận</h3><p>${COMMENT}</p></section><aside><p>${SIDE}</p></aside>`),
      [...ARTICLE],
      [COMMENT, SIDE],
    ],
    [
      "on a page without <h1> or <main>, a column named col-right that holds the article is kept",
      page(`<div class="col-left"><a>Trang chủ</a></div><div class="col-right"><b>Lũ quét ở bản Nà Lếch</b>${ARTICLE_HTML}</div>
<div class="sidebar"><p>${SIDE}</p></div>`),
      [...ARTICLE],
      [SIDE],
    ],
    [
      "a page wrapped in a <form> (ASP.NET), without <h1>, whose col-right holds the article",
      page(`<form id="form1" method="post"><div class="col-left"><a>Trang chủ</a></div>
<div class="col-right"><b>Lũ quét ở bản Nà Lếch</b>${ARTICLE_HTML}</div><div class="sidebar"><p>${SIDE}</p></div></form>`),
      [...ARTICLE],
      [SIDE],
    ],
    [
      "a comment box too large for Readability is cut before its elements are counted",
      page(`<div class="wrap"><h1>Lũ quét ở bản Nà Lếch</h1><div class="follow">${FOLLOW}</div>
<article class="content">${ARTICLE_HTML}</article>
<div class="box-binhluan"><p>${COMMENT}</p>${"<span></span>".repeat(60_000)}</div></div>`),
      [...ARTICLE],
      [COMMENT, FOLLOW],
    ],
    [
      "a page too large for Readability is read by the stream, which leaves out the same blocks",
      page(`<h1>Lũ quét ở bản Nà Lếch</h1><div class="content-detail">${ARTICLE_HTML}</div>
<div class="box-binhluan"><p>${COMMENT}</p></div><div class="col-right"><p>${SIDE}</p></div>
<footer>${"<span></span>".repeat(60_000)}</footer>`),
      [...ARTICLE],
      [COMMENT, SIDE],
    ],
  ]);
});

// Readability scores a short article below a longer list of teasers beside it, and took the list.
const BRIEF = [
  "Chiều 12/9, Sở Giao thông vận tải tỉnh Sơn Vĩ tạm dừng đò ngang qua sông Nậm Khao vì nước lũ dâng cao.",
  "Người dân được hướng dẫn đi vòng qua cầu treo bản Pa Cư, xa hơn khoảng 6 km.",
];
const TEASER =
  "Sáng nay, các đại biểu đã bàn nhiều giải pháp đưa nước sạch về các bản vùng cao, nâng cao đời sống của người dân trong mùa khô sắp tới.";

describe("htmlToText reads a short article, not the latest-news column beside it", () => {
  itReadsPages([
    [
      "a brief of two paragraphs beside a col-right of eight teasers",
      page(`<div class="wrap"><div class="main-col"><h1>Tạm dừng đò ngang qua sông Nậm Khao</h1>
<div class="news-content"><p>${BRIEF[0]}</p><p>${BRIEF[1]}</p></div></div>
<div class="col-right"><div class="box-news-new"><h2>Tin mới nhất</h2>${Array.from(
        { length: 8 },
        (_, i) =>
          `<div class="item"><h3><a>Tin ${i}: Bàn giải pháp nước sạch vùng cao</a></h3><p class="sapo">${TEASER}</p></div>`,
      ).join("")}</div></div></div>`),
      [...BRIEF],
      ["Tin mới nhất", "nước sạch", TEASER],
    ],
  ]);
});
