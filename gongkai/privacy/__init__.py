"""去标识化: detection and masking of personal information in documents before publication
(条例第十五条; 个人信息保护法第二十八条, 第七十三条; rules.md §6). Pure: no Django."""
