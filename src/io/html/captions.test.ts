import { describe } from "node:test";
import { ARTICLE, itReadsPages, page } from "./testing.ts";

const PHOTO = "Nước lũ cuốn trôi cây cầu tạm dẫn vào bản Nà Lếch sáng 9/8";
const VIDEO = "Cận cảnh ngôi nhà bị lũ quét làm sập một nửa";
const H1 = "<h1>Lũ quét ở bản Nà Lếch</h1>";
/** The article with `between` after its first paragraph. */
const around = (between: string, tag = "article") =>
  page(
    `${H1}<${tag}><p>${ARTICLE[0]}</p>${between}<p>${ARTICLE[1]}</p><p>${ARTICLE[2]}</p></${tag}>`,
  );

describe("htmlToText leaves out captions by their markup", () => {
  itReadsPages([
    [
      "a <figcaption> with its credit",
      around(
        `<figure><img src="a.jpg" alt=""><figcaption><p>${PHOTO}. Ảnh: <em>Quàng Vân</em></p></figcaption></figure>`,
      ),
      [...ARTICLE],
      [PHOTO, "Quàng Vân"],
    ],
    [
      "VnExpress: a table.tplCaption holding the picture and its p.Image",
      around(
        `<table class="tplCaption" align="center"><tbody><tr><td><img src="a.jpg"></td></tr><tr><td><p class="Image">${PHOTO}</p></td></tr></tbody></table>`,
      ),
      [...ARTICLE],
      [PHOTO],
    ],
    [
      "Thanh Niên: a p.desc in a figure, while a paragraph named desc outside one is text",
      page(
        `${H1}<div class="detail__content"><p class="desc">${ARTICLE[0]}</p><figure class="picture"><img src="a.jpg"><p class="desc">${PHOTO}</p><p class="source">QUÀNG VÂN</p></figure><p>${ARTICLE[1]}</p><p>${ARTICLE[2]}</p></div>`,
      ),
      [...ARTICLE],
      [PHOTO],
    ],
    [
      "Tuổi Trẻ: a div.PhotoCMS_Caption beside its photo",
      around(
        `<div type="Photo" class="VCSortableInPreviewMode"><div><img src="a.jpg"></div><div class="PhotoCMS_Caption"><p>${PHOTO} - Ảnh: QUÀNG VÂN</p></div></div>`,
        "div",
      ),
      [...ARTICLE],
      [PHOTO, "QUÀNG VÂN"],
    ],
    [
      "a video's caption goes whole with its credit: VideoCMS_Caption, p.video-caption",
      around(`<div type="VideoStream"><div class="VideoCMS_Caption"><p>Video: ${VIDEO} - LÒ MINH</p></div></div>
<div class="video-embed"><p class="video-caption">${VIDEO} (Video: Lò Minh).</p></div>`),
      [...ARTICLE],
      [VIDEO, "Lò Minh", "LÒ MINH"],
    ],
    [
      "a span.article-photo__caption and a p.img-desc",
      around(`<div class="article-photo"><img src="a.jpg"><span class="article-photo__caption">${PHOTO}. (Ảnh: Quàng Vân/TTXVN)</span></div>
<p class="img-desc"><img src="b.jpg"><br><em>${VIDEO}</em></p>`),
      [...ARTICLE],
      [PHOTO, VIDEO, "Quàng Vân"],
    ],
  ]);
});
